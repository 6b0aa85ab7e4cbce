package vn.sohoa.platform.tenancy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.infinispan.manager.EmbeddedCacheManager;
import vn.sohoa.platform.cluster.CacheNames;
import vn.sohoa.platform.cluster.ReadThroughCache;
import vn.sohoa.platform.tenancy.domain.MembershipGrant;
import vn.sohoa.platform.tenancy.domain.MembershipsChanged;
import vn.sohoa.platform.tenancy.domain.Role;

/**
 * Reads a person's memberships across all tenants, which every request into a tenant checks. They are
 * kept in a cluster-wide invalidation cache: a read fills only the local node; a change of the person's
 * memberships (or a move of tenants, which changes where memberships reach), once its transaction ends,
 * drops them on every node, and a read the change overtook does not store what it read
 * ({@link ReadThroughCache}). Row-level security shows a person's memberships only to that person, so the
 * connection is first told who is asking.
 */
@ApplicationScoped
public class MembershipGrants {

    private final EntityManager em;
    private final ReadThroughCache<List<MembershipGrant>> cache;

    /** The grants of the replica whose cache manager this is (tests start a second replica this way). */
    @Inject
    public MembershipGrants(EntityManager em, EmbeddedCacheManager cacheManager) {
        this.em = em;
        this.cache = new ReadThroughCache<>(cacheManager.getCache(CacheNames.GRANTS_BY_SUBJECT));
    }

    /**
     * Every membership of the person with this subject, in every tenant. Only a read from the database needs
     * a transaction (joining the caller's, if any): a cached answer, that of nearly every request, starts none.
     */
    public List<MembershipGrant> of(String userSubject) {
        return cache.get(userSubject, subject -> QuarkusTransaction.joiningExisting().call(() -> read(subject)));
    }

    private List<MembershipGrant> read(String userSubject) {
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
        return rows.stream()
                .map(row -> new MembershipGrant((String) row[0], (String) row[1], Role.valueOf((String) row[2])))
                .toList();
    }

    /**
     * Drops the memberships whether the transaction commits or rolls back: a read inside the transaction may
     * have stored the change before it was committed.
     */
    void evict(@Observes(during = TransactionPhase.AFTER_COMPLETION) MembershipsChanged changed) {
        if (changed.subject() == null) {
            cache.invalidateAll();
        } else {
            cache.invalidate(changed.subject());
        }
    }
}
