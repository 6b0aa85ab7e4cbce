package vn.sohoa.platform.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.pilots.domain.Pilot;
import vn.sohoa.platform.pilots.domain.PilotAction;
import vn.sohoa.platform.pilots.domain.PilotStatus;
import vn.sohoa.platform.pilots.domain.PilotTransition;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Caller;

/**
 * The steps of a pilot's life cycle and their history. Who may take a step is the caller's business before
 * it gets here ({@link PilotAction#permission()}, checked when entering the tenant); this class decides
 * whether the step is possible and keeps it.
 *
 * <p>A step takes effect on the day it is written down, or on an earlier day its author gives: a unit bringing
 * its pilots over from paper records the days they really started, were reviewed and recognised, and the
 * indicators count them from those days. A step never takes effect after today, nor before the pilot's step
 * before it or the decision it follows, so the days of a pilot's history run in the order of its steps.
 */
@ApplicationScoped
public class PilotLifeCycle {

    @Inject
    EntityManager em;

    @Inject
    PilotService pilots;

    @Inject
    Clock clock;

    /**
     * Takes the step {@code request} asks for and keeps it with its comment and decision.
     *
     * @throws ProblemException 400 for EVALUATE or REPLICATE (they have their own requests), an APPROVE
     *                          without decision number or date, a RETURN or STOP without a comment, a day of effect
     *                          after today or before the pilot's last step or its decision; 404 when the
     *                          tenant has no such pilot; 409 when the step is not possible from the pilot's state
     */
    @Transactional
    public PilotTransition transition(long pilotId, TransitionRequest request, Caller caller) {
        PilotAction action = request.action();
        if (!action.direct()) {
            throw ProblemException.invalid("action", "must be PROPOSE, RETURN, APPROVE, START, REVIEW, STOP or CLOSE; "
                    + action + " is the evaluation's or the replication's own request");
        }
        if (action == PilotAction.APPROVE && blank(request.decisionNumber())) {
            throw ProblemException.invalid("decisionNumber", "is required to approve a pilot");
        }
        if (action == PilotAction.APPROVE && request.decisionDate() == null) {
            throw ProblemException.invalid("decisionDate", "is required to approve a pilot");
        }
        if ((action == PilotAction.RETURN || action == PilotAction.STOP) && blank(request.comment())) {
            throw ProblemException.invalid("comment", "must give the reason to " + action.name().toLowerCase()
                    + " a pilot");
        }
        Pilot pilot = pilots.existing(pilotId);
        return take(pilot, action, strip(request.comment()), strip(request.decisionNumber()), request.decisionDate(),
                request.effectiveOn(), caller);
    }

    /** The steps the pilot took, in the order they took effect. */
    @Transactional
    public List<PilotTransition> history(long pilotId) {
        pilots.existing(pilotId);
        return em.createQuery("from PilotTransition where pilotId = :pilot order by effectiveOn, id", PilotTransition.class)
                .setParameter("pilot", pilotId).getResultList();
    }

    /**
     * Takes a step on a pilot of the entered tenant, in effect on {@code effectiveOn} (today when null), and keeps
     * it; joins the caller's transaction.
     *
     * @throws ProblemException 400 when {@code effectiveOn} is after today, before the pilot's last step or before
     *                          the step's decision
     */
    PilotTransition take(Pilot pilot, PilotAction action, String comment, String decisionNumber, LocalDate decisionDate,
                         LocalDate effectiveOn, Caller caller) {
        Instant now = clock.instant();
        LocalDate today = VietnamCalendar.dayOf(now);
        LocalDate day = effectiveOn == null ? today : effectiveOn;
        if (day.isAfter(today)) {
            throw ProblemException.invalid("effectiveOn", "must not be after today, " + today);
        }
        LocalDate last = lastStepDay(pilot.id());
        if (last != null && day.isBefore(last)) {
            throw ProblemException.invalid("effectiveOn", "must not be before the pilot's last step, " + last);
        }
        if (decisionDate != null && day.isBefore(decisionDate)) {
            throw ProblemException.invalid("effectiveOn", "must not be before the decision it follows, " + decisionDate);
        }
        PilotStatus before = pilot.take(action, decisionNumber, decisionDate);
        PilotTransition transition = new PilotTransition(pilot.id(), action, before, pilot.status(), comment,
                decisionNumber, decisionDate, caller, now, day);
        em.persist(transition);
        em.flush();
        return transition;
    }

    /** The day the pilot's last step took effect, null before its first. */
    private LocalDate lastStepDay(long pilotId) {
        return em.createQuery("select max(effectiveOn) from PilotTransition where pilotId = :pilot", LocalDate.class)
                .setParameter("pilot", pilotId).getSingleResult();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return blank(text) ? null : text.strip();
    }
}
