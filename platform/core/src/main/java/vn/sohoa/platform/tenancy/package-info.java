/**
 * The tenancy kernel: the tenant registry, memberships, the current tenant of a request and the two
 * walls that keep tenants apart (Hibernate's discriminator and PostgreSQL row-level security).
 * Other features use {@link vn.sohoa.platform.tenancy.service.TenantGate} to enter a tenant and never
 * touch the rest of this package.
 */
package vn.sohoa.platform.tenancy;
