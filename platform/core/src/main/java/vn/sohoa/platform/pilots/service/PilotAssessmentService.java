package vn.sohoa.platform.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.sohoa.platform.pilots.domain.Actual;
import vn.sohoa.platform.pilots.domain.Assessment;
import vn.sohoa.platform.pilots.domain.Criterion;
import vn.sohoa.platform.pilots.domain.Kpi;
import vn.sohoa.platform.pilots.domain.Pilot;
import vn.sohoa.platform.pilots.domain.PilotAction;
import vn.sohoa.platform.pilots.domain.PilotStatus;
import vn.sohoa.platform.pilots.domain.Score;
import vn.sohoa.platform.pilots.domain.Scoring;
import vn.sohoa.platform.problem.Problem;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Caller;

/**
 * Scoring a pilot against its rubric: the automatic points from the latest actuals, the unit's
 * self-assessment and the governing level's evaluation with its recognition decision.
 */
@ApplicationScoped
public class PilotAssessmentService {

    @Inject
    PilotService pilots;

    @Inject
    PilotMeasurementService measurements;

    @Inject
    PilotLifeCycle lifeCycle;

    @Inject
    Clock clock;

    /** The rubric with the automatic points the latest actuals give today, for a form to start from. */
    @Transactional
    public List<Score> automaticScores(long pilotId) {
        Pilot pilot = pilots.existing(pilotId);
        Map<String, Actual> latest = measurements.latestActuals(pilotId);
        return pilot.design().criteria().stream().map(criterion -> {
            BigDecimal automatic = automatic(pilot, criterion, latest);
            return new Score(criterion.code(), criterion.maxPoints(), automatic, automatic, null, null);
        }).toList();
    }

    /**
     * Keeps the unit's self-assessment, which it may rewrite while the pilot runs or awaits its evaluation.
     *
     * @throws ProblemException 400 naming the score at fault (unknown criterion, points below zero or above the
     *                          maximum, a criterion without points, an override without a reason), 409 when the
     *                          pilot is neither RUNNING nor REVIEWED
     */
    @Transactional
    public Assessment selfAssess(long pilotId, AssessmentRequest request, Caller caller) {
        Pilot pilot = pilots.existing(pilotId);
        Assessment assessment = assess(pilot, request.scores(), request.comment(), caller);
        if (pilot.status() != PilotStatus.RUNNING && pilot.status() != PilotStatus.REVIEWED) {
            throw ProblemException.conflict("Pilot " + pilotId + " is " + pilot.status()
                    + "; a self-assessment is written while it runs or awaits evaluation.");
        }
        pilot.selfAssess(assessment);
        return assessment;
    }

    /**
     * Sets the final points and the recognition of a REVIEWED pilot, which becomes EVALUATED (a step kept
     * in its history with the comment).
     *
     * @throws ProblemException 400 as {@link #selfAssess} or for a day of effect the life cycle refuses
     *                          ({@link PilotLifeCycle}), 409 when the pilot is not REVIEWED
     */
    @Transactional
    public Assessment evaluate(long pilotId, EvaluationRequest request, Caller caller) {
        Pilot pilot = pilots.existing(pilotId);
        pilot.next(PilotAction.EVALUATE);
        Assessment assessment = assess(pilot, request.scores(), request.comment(), caller);
        lifeCycle.take(pilot, PilotAction.EVALUATE, assessment.comment(), null, null, request.effectiveOn(), caller);
        pilot.evaluate(assessment, request.recognised());
        return assessment;
    }

    private Assessment assess(Pilot pilot, List<ScoreRequest> requested, String comment, Caller caller) {
        Map<String, Actual> latest = measurements.latestActuals(pilot.id());
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            if (pilot.design().criterion(requested.get(i).criterionCode()).isEmpty()) {
                errors.add(new Problem.FieldError("scores[" + i + "].criterionCode", "names no criterion of the pilot's rubric"));
            }
        }
        List<Score> scores = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion criterion : pilot.design().criteria()) {
            int index = indexOf(requested, criterion.code());
            ScoreRequest asked = index < 0 ? null : requested.get(index);
            String field = index < 0 ? "scores" : "scores[" + index + "]";
            BigDecimal automatic = automatic(pilot, criterion, latest);
            BigDecimal points = asked != null && asked.points() != null ? asked.points() : automatic;
            String reason = asked == null || blank(asked.overrideReason()) ? null : asked.overrideReason().strip();
            if (points == null) {
                errors.add(new Problem.FieldError(field + ".points", "criterion " + criterion.code() + " needs points"));
                continue;
            }
            if (points.signum() < 0 || points.compareTo(criterion.maxPoints()) > 0) {
                errors.add(new Problem.FieldError(field + ".points", "must be between 0 and "
                        + criterion.maxPoints().toPlainString() + ", the maximum of criterion " + criterion.code()));
                continue;
            }
            if (automatic != null && points.compareTo(automatic) != 0 && reason == null) {
                errors.add(new Problem.FieldError(field + ".overrideReason", "is required to give other points than the "
                        + automatic.toPlainString() + " the KPI's latest actual gives"));
            }
            String note = asked == null || blank(asked.note()) ? null : asked.note().strip();
            scores.add(new Score(criterion.code(), criterion.maxPoints(), automatic, points, note, reason));
            total = total.add(points);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Assessment(scores, total, pilot.design().level(total), blank(comment) ? null : comment.strip(),
                caller.username(), clock.instant());
    }

    private static BigDecimal automatic(Pilot pilot, Criterion criterion, Map<String, Actual> latest) {
        Optional<Kpi> kpi = criterion.kpiCode() == null ? Optional.empty()
                : pilot.design().kpi(criterion.kpiCode());
        return kpi.map(k -> Scoring.automatic(criterion, k, latest.get(k.code()))).orElse(null);
    }

    private static int indexOf(List<ScoreRequest> requested, String criterionCode) {
        for (int i = 0; i < requested.size(); i++) {
            if (requested.get(i).criterionCode().equals(criterionCode)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
