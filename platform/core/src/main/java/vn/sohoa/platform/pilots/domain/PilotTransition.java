package vn.sohoa.platform.pilots.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/**
 * One step a pilot took: who took it, the day it took effect and when it was written down, why, and the decision
 * behind it. Never changed once written.
 */
@Entity
@Table(name = "pilot_transition")
public class PilotTransition extends TenantScopedEntity {

    @Column(name = "pilot_id")
    private long pilotId;

    @Enumerated(EnumType.STRING)
    private PilotAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private PilotStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private PilotStatus toStatus;

    private String comment;

    @Column(name = "decision_number")
    private String decisionNumber;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "actor_subject")
    private String actorSubject;

    @Column(name = "actor_username")
    private String actorUsername;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    protected PilotTransition() {
    }

    public PilotTransition(long pilotId, PilotAction action, PilotStatus fromStatus, PilotStatus toStatus, String comment,
                           String decisionNumber, LocalDate decisionDate, Caller actor, Instant occurredAt,
                           LocalDate effectiveOn) {
        this.pilotId = pilotId;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.comment = comment;
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        this.actorSubject = actor.subject();
        this.actorUsername = actor.username();
        this.occurredAt = occurredAt;
        this.effectiveOn = effectiveOn;
    }

    public long pilotId() {
        return pilotId;
    }

    public PilotAction action() {
        return action;
    }

    /** The state before, null for a replica's first step. */
    public PilotStatus fromStatus() {
        return fromStatus;
    }

    public PilotStatus toStatus() {
        return toStatus;
    }

    public String comment() {
        return comment;
    }

    public String decisionNumber() {
        return decisionNumber;
    }

    public LocalDate decisionDate() {
        return decisionDate;
    }

    public String actorUsername() {
        return actorUsername;
    }

    /** When the step was written down. */
    public Instant occurredAt() {
        return occurredAt;
    }

    /** The day the step took effect: the day it was written down, or an earlier one its author gave. */
    public LocalDate effectiveOn() {
        return effectiveOn;
    }
}
