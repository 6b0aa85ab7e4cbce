package vn.sohoa.platform.pilots.service;

import java.time.LocalDate;
import vn.sohoa.platform.pilots.domain.PilotField;
import vn.sohoa.platform.pilots.domain.PilotStatus;

/**
 * A pilot of a tenant below the caller's that waits for the governing level: a proposal (PROPOSED) to approve
 * or return, or an interim review (REVIEWED) to evaluate, with whether the unit has assessed itself and the day it
 * was proposed (its latest proposal; for a replica, the day it was replicated).
 */
public record AwaitingDecision(String tenantCode, String tenantName, long pilotId, String name, PilotField field,
                               PilotStatus status, boolean selfAssessed, LocalDate startDate,
                               LocalDate proposedOn) {}
