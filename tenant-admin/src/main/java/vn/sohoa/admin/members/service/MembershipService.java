package vn.sohoa.admin.members.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Membership;
import vn.sohoa.platform.tenancy.domain.MembershipsChanged;
import vn.sohoa.platform.tenancy.domain.Role;

/** Memberships of the current tenant. Every method works inside the tenant entered for the request. */
@ApplicationScoped
public class MembershipService {

    @Inject
    EntityManager em;

    @Inject
    Event<MembershipsChanged> changes;

    /** A page of the tenant's members, ordered by username. */
    @Transactional
    public Page<Membership> list(PageRequest request) {
        long total = em.createQuery("select count(m) from Membership m", Long.class).getSingleResult();
        return request.slice(em.createQuery("from Membership m order by m.username", Membership.class), total);
    }

    /** Gives a person a role in the tenant; 409 when they already hold one. */
    @Transactional
    public Membership add(Person person, Role role) {
        boolean member = em.createQuery("select count(m) from Membership m where m.userSubject = :subject", Long.class)
                .setParameter("subject", person.subject()).getSingleResult() > 0;
        if (member) {
            throw ProblemException.duplicate("username", person.username() + " is already a member of this tenant.");
        }
        Membership membership = new Membership(person.subject(), person.username(), role);
        em.persist(membership);
        em.flush();
        changes.fire(MembershipsChanged.of(person.subject()));
        return membership;
    }

    /**
     * Gives a member another role.
     *
     * @param callerGoverns whether the caller administers the tenant from above, and so may leave it
     *                      without a tenant administrator of its own
     * @throws ProblemException 404 when the person is no member, 409 when this would demote the tenant's
     *                          last administrator and the caller does not govern the tenant
     */
    @Transactional
    public Membership changeRole(String username, Role role, boolean callerGoverns) {
        Membership membership = member(username);
        if (role != Role.TENANT_ADMIN) {
            keepAnAdministrator(membership, callerGoverns);
        }
        membership.changeRole(role);
        em.flush();
        changes.fire(MembershipsChanged.of(membership.userSubject()));
        return membership;
    }

    /**
     * Ends a person's membership in the tenant.
     *
     * @param callerGoverns as for {@link #changeRole}
     * @throws ProblemException 404 when the person is no member, 409 when they are the tenant's last
     *                          administrator and the caller does not govern the tenant
     */
    @Transactional
    public void remove(String username, boolean callerGoverns) {
        Membership membership = member(username);
        keepAnAdministrator(membership, callerGoverns);
        em.remove(membership);
        changes.fire(MembershipsChanged.of(membership.userSubject()));
    }

    /**
     * A tenant's own administrators cannot lock their unit out of its configuration; only someone above
     * may leave it without one. The administrators' rows are locked, so two of them demoting each other
     * at the same moment cannot both succeed.
     */
    private void keepAnAdministrator(Membership membership, boolean callerGoverns) {
        if (callerGoverns || membership.role() != Role.TENANT_ADMIN) {
            return;
        }
        int admins = em.createQuery("from Membership m where m.role = :admin", Membership.class)
                .setParameter("admin", Role.TENANT_ADMIN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().size();
        if (admins <= 1) {
            throw ProblemException.conflict(membership.username() + " is the last tenant administrator of this "
                    + "tenant; name another one first, or ask an administrator of a unit above to do this.");
        }
    }

    private Membership member(String username) {
        return em.createQuery("from Membership m where lower(m.username) = lower(:username)", Membership.class)
                .setParameter("username", username).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound(username + " is not a member of this tenant."));
    }
}
