package vn.sohoa.platform.cluster;

/** Names of the caches defined in {@code sohoa-infinispan.xml}. */
public final class CacheNames {

    /** Tenant registry entries by code (invalidation cache). */
    public static final String TENANTS_BY_CODE = "tenants-by-code";

    private CacheNames() {
    }
}
