package vn.sohoa.platform.tenancy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.sohoa.platform.tenancy.domain.MembershipGrant;
import vn.sohoa.platform.tenancy.domain.Role;

/**
 * Reads a person's memberships across all tenants. Row-level security shows a person's memberships
 * only to that person, so the connection is first told who is asking.
 */
@ApplicationScoped
public class MembershipGrants {

    @Inject
    EntityManager em;

    /** Every membership of the person with this subject, in every tenant. */
    @Transactional
    public List<MembershipGrant> of(String userSubject) {
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
}
