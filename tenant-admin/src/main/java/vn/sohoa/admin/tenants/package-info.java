/**
 * Tenant life-cycle: creating tenants under a parent, one at a time or many from a CSV file (checked as a
 * whole, written all or nothing), finding the tenants a person may see, and renaming, suspending,
 * reactivating and archiving them from above.
 */
package vn.sohoa.admin.tenants;
