package vn.sohoa.platform.tenancy.domain;

/** One of a person's memberships, with where its tenant sits in the hierarchy. */
public record MembershipGrant(String tenantCode, String tenantPath, Role role) {

    /** Whether this membership covers {@code tenant}: it is the tenant itself or one of its ancestors. */
    public boolean covers(TenantSnapshot tenant) {
        return tenant.path().equals(tenantPath) || coversFromAbove(tenant);
    }

    /** Whether this membership is in one of {@code tenant}'s ancestors (not in the tenant itself). */
    public boolean coversFromAbove(TenantSnapshot tenant) {
        return tenant.path().startsWith(tenantPath + ".");
    }
}
