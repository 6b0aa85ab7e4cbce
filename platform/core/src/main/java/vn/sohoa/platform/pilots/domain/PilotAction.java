package vn.sohoa.platform.pilots.domain;

import java.util.Map;
import java.util.Optional;
import vn.sohoa.platform.tenancy.domain.Permission;

/**
 * A step of a pilot's life cycle, who may take it and from which states. {@code EVALUATE} and
 * {@code REPLICATE} are taken by the evaluation and the replication themselves; the others are asked for
 * directly. {@code RETURN} sends a proposal back to the unit, or an interim review back to running.
 */
public enum PilotAction {
    PROPOSE(PilotAccess.MANAGE, Map.of(PilotStatus.DRAFT, PilotStatus.PROPOSED, PilotStatus.RETURNED, PilotStatus.PROPOSED)),
    RETURN(PilotAccess.GOVERN, Map.of(PilotStatus.PROPOSED, PilotStatus.RETURNED, PilotStatus.REVIEWED, PilotStatus.RUNNING)),
    APPROVE(PilotAccess.GOVERN, Map.of(PilotStatus.PROPOSED, PilotStatus.APPROVED)),
    START(PilotAccess.MANAGE, Map.of(PilotStatus.APPROVED, PilotStatus.RUNNING)),
    REVIEW(PilotAccess.MANAGE, Map.of(PilotStatus.RUNNING, PilotStatus.REVIEWED)),
    EVALUATE(PilotAccess.GOVERN, Map.of(PilotStatus.REVIEWED, PilotStatus.EVALUATED)),
    REPLICATE(PilotAccess.GOVERN, Map.of(PilotStatus.EVALUATED, PilotStatus.REPLICATING,
            PilotStatus.REPLICATING, PilotStatus.REPLICATING)),
    STOP(PilotAccess.GOVERN, Map.of(PilotStatus.APPROVED, PilotStatus.STOPPED, PilotStatus.RUNNING, PilotStatus.STOPPED,
            PilotStatus.REVIEWED, PilotStatus.STOPPED)),
    CLOSE(PilotAccess.GOVERN, Map.of(PilotStatus.EVALUATED, PilotStatus.CLOSED, PilotStatus.REPLICATING, PilotStatus.CLOSED));

    private final PilotAccess permission;
    private final Map<PilotStatus, PilotStatus> moves;

    PilotAction(PilotAccess permission, Map<PilotStatus, PilotStatus> moves) {
        this.permission = permission;
        this.moves = moves;
    }

    /** What the caller needs in the pilot's tenant to take this step. */
    public Permission permission() {
        return permission;
    }

    /** The state this step leads to from {@code from}, or empty when it cannot be taken there. */
    public Optional<PilotStatus> from(PilotStatus from) {
        return Optional.ofNullable(moves.get(from));
    }

    /** Whether a client asks for this step through {@code POST …/transitions}, not through another resource. */
    public boolean direct() {
        return this != EVALUATE && this != REPLICATE;
    }
}
