/**
 * Tenant life-cycle: creating tenants under a parent, one at a time or many from a CSV file (checked as a
 * whole, written all or nothing), and finding the tenants a person may see.
 */
package vn.sohoa.admin.tenants;
