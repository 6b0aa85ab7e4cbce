package vn.sohoa.platform.tenancy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.infinispan.Cache;
import org.infinispan.manager.EmbeddedCacheManager;
import vn.sohoa.platform.cluster.CacheNames;
import vn.sohoa.platform.tenancy.domain.MembershipGrant;
import vn.sohoa.platform.tenancy.domain.MembershipsChanged;
import vn.sohoa.platform.tenancy.domain.Role;

/**
 * Reads a person's memberships across all tenants, which every request into a tenant checks. They are
 * kept in a cluster-wide invalidation cache: a read fills only the local node; a change of the person's
 * memberships (or a move of tenants, which changes where memberships reach), once committed, drops
 * them on every node. Row-level security shows a person's memberships only to that person, so the
 * connection is first told who is asking.
 */
@ApplicationScoped
public class MembershipGrants {

    @Inject
    EntityManager em;

    @Inject
    EmbeddedCacheManager cacheManager;

    /** Every membership of the person with this subject, in every tenant. */
    @Transactional
    public List<MembershipGrant> of(String userSubject) {
        Cache<String, List<MembershipGrant>> cache = cache();
        List<MembershipGrant> cached = cache.get(userSubject);
        if (cached != null) {
            return cached;
        }
        em.createNativeQuery("select set_config('sohoa.user_subject', :subject, false)")
                .setParameter("subject", userSubject)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select m.tenant_id, t.path::text, m.role
                        from membership m join tenant t on t.code = m.tenant_id
                        where m.user_subject = :subject""")
                .setParameter("subject", userSubject)
                .getResultList();
        List<MembershipGrant> grants = rows.stream()
                .map(row -> new MembershipGrant((String) row[0], (String) row[1], Role.valueOf((String) row[2])))
                .toList();
        cache.putForExternalRead(userSubject, grants);
        return grants;
    }

    void evict(@Observes(during = TransactionPhase.AFTER_SUCCESS) MembershipsChanged changed) {
        if (changed.subject() == null) {
            cache().clear();
        } else {
            cache().remove(changed.subject());
        }
    }

    private Cache<String, List<MembershipGrant>> cache() {
        return cacheManager.getCache(CacheNames.GRANTS_BY_SUBJECT);
    }
}
