package vn.sohoa.platform.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.training.domain.TrainingAssignment;

/** Assignment rules of the entered tenant. */
@ApplicationScoped
public class AssignmentService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EnrolmentService enrolments;

    /**
     * Makes the rule "every {@code role} in the tenants under {@code under} completes the course by
     * {@code dueDate}" and enrols everyone it matches now, in one set-based statement; people who match later are
     * enrolled when their membership is added. Someone already enrolled becomes assigned, with the earlier due day.
     *
     * @param here  the entered tenant
     * @param under the tenant whose subtree the rule covers: {@code here} or one of its descendants
     * @return the rule and how many enrolments it made or assigned
     * @throws ProblemException 400 for a tenant outside {@code here}'s subtree or a due day already past; 404 for a
     *                          course not published and offered here
     */
    @Transactional
    public Assigned assign(TenantSnapshot here, long courseId, Role role, TenantSnapshot under, LocalDate dueDate) {
        if (!under.code().equals(here.code()) && !under.path().startsWith(here.path() + ".")) {
            throw ProblemException.invalid("under", "must be " + here.code() + " or a tenant below it");
        }
        if (dueDate.isBefore(VietnamCalendar.today(clock))) {
            throw ProblemException.invalid("dueDate", "must not be in the past");
        }
        enrolments.offered(courseId);
        TrainingAssignment rule = new TrainingAssignment(courseId, role, under.code(), dueDate);
        em.persist(rule);
        em.flush();
        long enrolled = ((Number) em.createNativeQuery("select training_assign(:rule, :now)")
                .setParameter("rule", rule.id()).setParameter("now", clock.instant()).getSingleResult()).longValue();
        return new Assigned(rule, enrolled);
    }

    /** A rule and the enrolments it made or assigned when it was made. */
    public record Assigned(TrainingAssignment rule, long enrolled) {
    }
}
