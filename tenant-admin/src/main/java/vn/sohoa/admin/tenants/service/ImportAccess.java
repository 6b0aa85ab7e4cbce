package vn.sohoa.admin.tenants.service;

import java.util.List;
import vn.sohoa.platform.tenancy.domain.MembershipGrant;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;

/**
 * What the person importing may do with the tenants already in the database: the same rules as
 * {@code TenantGate}, applied to many tenants at once without a query each.
 */
record ImportAccess(boolean provinceAdmin, List<MembershipGrant> grants) {

    boolean sees(TenantSnapshot tenant) {
        return provinceAdmin || grants.stream().anyMatch(grant -> grant.covers(tenant));
    }

    boolean administers(TenantSnapshot tenant) {
        return provinceAdmin
                || grants.stream().anyMatch(grant -> grant.role() == Role.TENANT_ADMIN && grant.covers(tenant));
    }
}
