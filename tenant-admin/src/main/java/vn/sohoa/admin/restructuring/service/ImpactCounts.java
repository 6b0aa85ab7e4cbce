package vn.sohoa.admin.restructuring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import vn.sohoa.platform.tenancy.service.TenantSwitch;

/**
 * Counts what a restructuring touches in the tenants it ends or moves, each tenant read inside its own
 * walls. Support records are counted from the per-day tally, so a tenant with a million records costs
 * one small sum.
 */
@ApplicationScoped
class ImpactCounts {

    @Inject
    EntityManager em;

    @Inject
    TenantSwitch tenants;

    /** Roles held in these tenants. */
    long members(Collection<String> codes) {
        return sum(codes, "select count(*) from membership where tenant_id = current_setting('sohoa.tenant_id')");
    }

    /** Live support records written in these tenants. */
    long supportRecords(Collection<String> codes) {
        return sum(codes, "select coalesce(sum(records), 0) from support_tally");
    }

    private long sum(Collection<String> codes, String sql) {
        return codes.stream().mapToLong(code -> tenants.inTenant(code,
                () -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue())).sum();
    }
}
