package vn.sohoa.platform.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Membership;
import vn.sohoa.platform.tenancy.domain.MembershipsChanged;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.training.domain.Audience;
import vn.sohoa.platform.training.domain.Enrolment;
import vn.sohoa.platform.training.domain.EnrolmentSource;

/**
 * Enrolments of the entered tenant: by the learner, by a trainer or administrator, and by assignment rules when a
 * membership changes. Every method works inside the tenant entered.
 */
@ApplicationScoped
public class EnrolmentService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Enrols the caller in a published course offered to the tenant for their audience (from their role here and
     * the tenant's kind). Enrolling again returns the enrolment they have.
     *
     * @param roles  the caller's roles in the tenant itself
     * @param kind   the tenant's kind
     * @param name   the caller's full name, for certificates (null when the account has none)
     * @return the enrolment and whether it was made now
     * @throws ProblemException 404 for a course not offered here, 403 when it is not for the caller's audience
     */
    @Transactional
    public Enrolled enrolSelf(long courseId, String subject, String username, String name, Set<Role> roles,
                              TenantKind kind) {
        Offered course = offered(courseId);
        Set<Audience> mine = Audience.of(roles, kind);
        if (!Audience.offered(course.audiences(), mine)) {
            throw ProblemException.forbidden("Course " + course.code() + " is for " + course.audiences()
                    + ", not for " + mine + ".");
        }
        Role role = roles.stream().findFirst().orElse(null);
        Enrolled enrolled = enrol(course, subject, username, role, EnrolmentSource.SELF);
        enrolled.enrolment().nameLearner(name);
        return enrolled;
    }

    /**
     * Enrols a member of the tenant, named by username, in a published course offered here.
     *
     * @throws ProblemException 404 for a course not offered here, 400 naming a username that is no member here
     */
    @Transactional
    public Enrolled enrolMember(long courseId, String username) {
        Offered course = offered(courseId);
        Membership member = em.createQuery("from Membership m where lower(m.username) = lower(:username)", Membership.class)
                .setParameter("username", username).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.invalid("username", username + " is not a member of this tenant"));
        return enrol(course, member.userSubject(), member.username(), member.role(), EnrolmentSource.ADMIN);
    }

    /** An enrolment of the tenant. */
    @Transactional
    public Optional<Enrolment> find(long id) {
        return em.createQuery("from Enrolment e where e.id = :id", Enrolment.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    /**
     * Keeps assignments current when a person's membership in the entered tenant is added, changed or removed:
     * rules that match them now enrol them; assigned enrolments no rule matches any more stay, unassigned. Runs in
     * the transaction that changes the membership.
     */
    void membershipChanged(@Observes MembershipsChanged changed) {
        if (changed.subject() == null) {
            return;
        }
        em.flush();
        em.createNativeQuery("select training_assign_member(:subject, :now)")
                .setParameter("subject", changed.subject()).setParameter("now", clock.instant())
                .getSingleResult();
    }

    private Enrolled enrol(Offered course, String subject, String username, Role role, EnrolmentSource source) {
        Optional<Enrolment> existing = em.createQuery("from Enrolment e where e.courseId = :course and e.userSubject = :subject",
                        Enrolment.class).setParameter("course", course.id()).setParameter("subject", subject)
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            return new Enrolled(existing.get(), false);
        }
        Enrolment enrolment = new Enrolment(course.id(), subject, username, role, source, clock.instant());
        em.persist(enrolment);
        em.flush();
        return new Enrolled(enrolment, true);
    }

    /** A published course the entered tenant may read (its own or shared to it), else 404; 409 once withdrawn. */
    Offered offered(long courseId) {
        List<?> rows = em.createNativeQuery("""
                        select c.id, c.code, array_to_string(c.audiences, ','), c.withdrawn_at is not null from course c
                        where c.id = :id and c.published_version > 0""", Object[].class)
                .setParameter("id", courseId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("There is no published course " + courseId + " here.");
        }
        Object[] row = (Object[]) rows.getFirst();
        if (Boolean.TRUE.equals(row[3])) {
            throw ProblemException.conflict("Course " + row[1] + " was withdrawn; nobody enrols in it any more.");
        }
        return new Offered(((Number) row[0]).longValue(), (String) row[1],
                Arrays.stream(((String) row[2]).split(",")).filter(s -> !s.isEmpty()).map(Audience::valueOf).toList());
    }

    record Offered(long id, String code, List<Audience> audiences) {
    }

    /** An enrolment and whether the request made it. */
    public record Enrolled(Enrolment enrolment, boolean created) {
    }
}
