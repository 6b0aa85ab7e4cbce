package vn.sohoa.admin.tenants.api;

import vn.sohoa.platform.tenancy.domain.Tenant;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.domain.TenantStatus;

/** A tenant as the API returns it. */
public record TenantResponse(String code, String name, TenantKind kind, String parentCode, TenantStatus status) {

    static TenantResponse of(TenantSnapshot tenant) {
        return new TenantResponse(tenant.code(), tenant.name(), tenant.kind(), tenant.parentCode(), tenant.status());
    }

    static TenantResponse of(Tenant tenant) {
        return of(TenantSnapshot.of(tenant));
    }
}
