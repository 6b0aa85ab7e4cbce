package vn.sohoa.platform.tenancy.domain;

/** Life-cycle state of a tenant; only ACTIVE tenants accept writes. */
public enum TenantStatus {
    ACTIVE, SUSPENDED, MERGED, ARCHIVED
}
