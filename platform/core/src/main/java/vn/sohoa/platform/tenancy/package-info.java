/**
 * The tenancy kernel: the tenant registry, memberships, the current tenant of a request and the two
 * walls that keep tenants apart (Hibernate's discriminator and PostgreSQL row-level security).
 *
 * <p>Its public API is small: a resource enters the tenant of its route with
 * {@link vn.sohoa.platform.tenancy.service.TenantRoute} (other code with
 * {@link vn.sohoa.platform.tenancy.service.TenantGate}), naming a
 * {@link vn.sohoa.platform.tenancy.domain.Permission} — the kernel's {@code Access}, or a feature's own,
 * decided from the caller's {@link vn.sohoa.platform.tenancy.domain.Standing}; entities extend
 * {@link vn.sohoa.platform.tenancy.domain.TenantScopedEntity}; and the value types ({@code Caller},
 * {@code Role}, {@code TenantSnapshot}, …) and events it names. Everything else ({@code TenantContext},
 * {@code TenantDirectory}, {@code MembershipGrants}, {@code TenantSwitch}, …) is the kernel's own;
 * {@code ArchitectureTest} lists the few exceptions and holds the rest.
 */
package vn.sohoa.platform.tenancy;
