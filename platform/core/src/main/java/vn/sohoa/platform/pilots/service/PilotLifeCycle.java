package vn.sohoa.platform.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
     *                          without decision number or date, a RETURN or STOP without a comment; 404 when the
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
                caller);
    }

    /** The steps the pilot took, oldest first. */
    @Transactional
    public List<PilotTransition> history(long pilotId) {
        pilots.existing(pilotId);
        return em.createQuery("from PilotTransition where pilotId = :pilot order by occurredAt, id", PilotTransition.class)
                .setParameter("pilot", pilotId).getResultList();
    }

    /** Takes a step on a pilot of the entered tenant and keeps it; joins the caller's transaction. */
    PilotTransition take(Pilot pilot, PilotAction action, String comment, String decisionNumber, LocalDate decisionDate,
                         Caller caller) {
        PilotStatus before = pilot.take(action, decisionNumber, decisionDate);
        PilotTransition transition = new PilotTransition(pilot.id(), action, before, pilot.status(), comment,
                decisionNumber, decisionDate, caller, clock.instant());
        em.persist(transition);
        em.flush();
        return transition;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return blank(text) ? null : text.strip();
    }
}
