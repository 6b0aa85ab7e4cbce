package vn.sohoa.platform.tenancy.domain;

/** A read-only copy of a tenant's registry entry, as cached on every node. */
public record TenantSnapshot(String code, String name, TenantKind kind, String parentCode, String path,
                             TenantStatus status, String statusReason, long version) {

    public static TenantSnapshot of(Tenant tenant) {
        return new TenantSnapshot(tenant.code(), tenant.name(), tenant.kind(), tenant.parentCode(), tenant.path(),
                tenant.status(), tenant.statusReason(), tenant.version());
    }

}
