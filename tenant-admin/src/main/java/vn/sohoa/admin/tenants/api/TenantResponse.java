package vn.sohoa.admin.tenants.api;

import vn.sohoa.platform.tenancy.domain.Tenant;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.domain.TenantStatus;

/** A tenant as the API returns it; {@code statusReason} says why it was last suspended, reactivated or archived. */
public record TenantResponse(String code, String name, TenantKind kind, String parentCode, TenantStatus status,
                             String statusReason, long version) {

    static TenantResponse of(TenantSnapshot tenant) {
        return new TenantResponse(tenant.code(), tenant.name(), tenant.kind(), tenant.parentCode(), tenant.status(),
                tenant.statusReason(), tenant.version());
    }

    static TenantResponse of(Tenant tenant) {
        return of(TenantSnapshot.of(tenant));
    }
}
