package vn.sohoa.platform.pilots.api;

import java.time.Instant;
import java.time.LocalDate;
import vn.sohoa.platform.pilots.domain.PilotAction;
import vn.sohoa.platform.pilots.domain.PilotStatus;
import vn.sohoa.platform.pilots.domain.PilotTransition;

/** A step a pilot took, as the API returns it. */
public record TransitionResponse(long id, PilotAction action, PilotStatus fromStatus, PilotStatus toStatus,
                                 String comment, String decisionNumber, LocalDate decisionDate, String actor,
                                 Instant occurredAt, LocalDate effectiveOn) {

    static TransitionResponse of(PilotTransition transition) {
        return new TransitionResponse(transition.id(), transition.action(), transition.fromStatus(),
                transition.toStatus(), transition.comment(), transition.decisionNumber(), transition.decisionDate(),
                transition.actorUsername(), transition.occurredAt(), transition.effectiveOn());
    }
}
