package vn.sohoa.admin.restructuring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import vn.sohoa.platform.tenancy.service.TenantSwitch;

/**
 * What a restructuring touches: the subtrees that move, and the roles and support records in the tenants
 * that end or move, each tenant read inside its own walls. Support records are counted from the per-day
 * tally, so a tenant with a million records costs one small sum.
 */
@ApplicationScoped
class ImpactCounts {

    /** Roles held and live support records written in some tenants. */
    record Touched(long members, long supportRecords) {}

    @Inject
    EntityManager em;

    @Inject
    TenantSwitch tenants;

    /** These tenants and everything below them, parents first. */
    @SuppressWarnings("unchecked")
    List<String> subtreesOf(List<String> roots) {
        if (roots.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("""
                        select t.code from tenant t join tenant r on r.code in (:roots) and t.path <@ r.path
                        order by t.path""")
                .setParameter("roots", roots).getResultList();
    }

    /** Roles held and live support records in these tenants: one statement inside each. */
    Touched in(Collection<String> codes) {
        long members = 0;
        long records = 0;
        for (String code : codes) {
            Object[] counted = tenants.inTenant(code, () -> (Object[]) em.createNativeQuery("""
                    select (select count(*) from membership where tenant_id = current_setting('sohoa.tenant_id')),
                           (select coalesce(sum(records), 0) from support_tally)""").getSingleResult());
            members += ((Number) counted[0]).longValue();
            records += ((Number) counted[1]).longValue();
        }
        return new Touched(members, records);
    }
}
