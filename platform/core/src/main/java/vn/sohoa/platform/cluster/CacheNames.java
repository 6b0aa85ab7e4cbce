package vn.sohoa.platform.cluster;

/** Names of the caches defined in {@code sohoa-infinispan.xml}. */
public final class CacheNames {

    /** Tenant registry entries by code (invalidation cache). */
    public static final String TENANTS_BY_CODE = "tenants-by-code";

    /** A person's memberships in every tenant, by Keycloak subject (invalidation cache). */
    public static final String GRANTS_BY_SUBJECT = "grants-by-subject";

    /** Dashboard figures of a tenant's subtree by tenant and period (invalidation cache, grouped by tenant). */
    public static final String DASHBOARD_FIGURES = "dashboard-figures";

    /** Identities built from verified API bearer tokens, by OIDC tenant and token digest (local cache). */
    public static final String VERIFIED_TOKENS = "verified-tokens";

    private CacheNames() {
    }
}
