package vn.sohoa.admin.members.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Membership;
import vn.sohoa.platform.tenancy.domain.Role;

/** Memberships of the current tenant. Every method works inside the tenant entered for the request. */
@ApplicationScoped
public class MembershipService {

    @Inject
    EntityManager em;

    /** A page of the tenant's members, ordered by username. */
    @Transactional
    public Page<Membership> list(PageRequest request) {
        long total = em.createQuery("select count(m) from Membership m", Long.class).getSingleResult();
        var items = em.createQuery("from Membership m order by m.username", Membership.class)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return new Page<>(items, total, request.page(), request.size());
    }

    /** Gives a person a role in the tenant; 409 when they already hold one. */
    @Transactional
    public Membership add(Person person, Role role) {
        boolean member = em.createQuery("select count(m) from Membership m where m.userSubject = :subject", Long.class)
                .setParameter("subject", person.subject()).getSingleResult() > 0;
        if (member) {
            throw ProblemException.conflict(person.username() + " is already a member of this tenant.");
        }
        Membership membership = new Membership(person.subject(), person.username(), role);
        em.persist(membership);
        em.flush();
        return membership;
    }

    /** Ends a person's membership in the tenant; 404 when they hold none. */
    @Transactional
    public void remove(String username) {
        Membership membership = em.createQuery("from Membership m where lower(m.username) = lower(:username)",
                        Membership.class)
                .setParameter("username", username).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound(username + " is not a member of this tenant."));
        em.remove(membership);
    }
}
