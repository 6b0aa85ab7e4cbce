/**
 * Tenant life-cycle: creating tenants under a parent, finding the tenants a person may see, and
 * renaming, suspending, reactivating and archiving them from above.
 */
package vn.sohoa.admin.tenants;
