/** Tenant life-cycle: creating tenants under a parent and finding the tenants a person may see. */
package vn.sohoa.admin.tenants;
