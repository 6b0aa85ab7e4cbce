package vn.sohoa.platform.pilots.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.sohoa.platform.pilots.domain.PilotAction;

/**
 * A step of a pilot's life cycle: PROPOSE, RETURN, APPROVE, START, REVIEW, STOP or CLOSE, with a comment.
 * APPROVE needs the decision's number and date; RETURN and STOP need the comment, their reason. {@code effectiveOn}
 * is the day the step took effect, today when not given (see {@link PilotLifeCycle}).
 */
public record TransitionRequest(@NotNull PilotAction action,
                                @Size(max = 2000) String comment,
                                @Size(max = 64) String decisionNumber,
                                LocalDate decisionDate,
                                LocalDate effectiveOn) {}
