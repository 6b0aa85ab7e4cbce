package vn.sohoa.admin.restructuring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.sohoa.platform.tenancy.service.TenantSwitch;

/**
 * After a merge, the people of the merged tenants are offered to the successor: listed for its
 * administrators to take on, never granted silently.
 */
@ApplicationScoped
public class MemberOffers {

    @Inject
    EntityManager em;

    @Inject
    TenantSwitch tenants;

    /** People of the tenants merged into {@code successorCode} who hold no role there yet. */
    @Transactional
    public List<MemberOffer> forSuccessor(String successorCode) {
        @SuppressWarnings("unchecked")
        List<String> predecessors = em.createNativeQuery("""
                        select predecessor_code from tenant_lineage
                        where successor_code = :code and kind = 'MERGE' order by predecessor_code""")
                .setParameter("code", successorCode).getResultList();
        return between(predecessors, successorCode);
    }

    /** People of {@code sources} who hold no role in {@code targetCode}, each listed once. */
    List<MemberOffer> between(List<String> sources, String targetCode) {
        Set<String> seen = tenants.inTenant(targetCode,
                () -> new HashSet<String>(membersOf(targetCode, "user_subject")));
        List<MemberOffer> offers = new ArrayList<>();
        for (String source : sources) {
            List<Object[]> members = tenants.inTenant(source,
                    () -> membersOf(source, "user_subject, username, role"));
            for (Object[] member : members) {
                if (seen.add((String) member[0])) {
                    offers.add(new MemberOffer((String) member[1], (String) member[2], source));
                }
            }
        }
        return offers;
    }

    /**
     * The memberships held in {@code tenant} itself. The tenant predicate is needed beside row-level
     * security, which also shows the caller their own memberships in every other tenant.
     */
    @SuppressWarnings("unchecked")
    private <T> List<T> membersOf(String tenant, String columns) {
        return em.createNativeQuery("select " + columns + " from membership where tenant_id = :tenant order by username")
                .setParameter("tenant", tenant).getResultList();
    }
}
