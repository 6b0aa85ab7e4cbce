package vn.sohoa.platform.indicators.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.sohoa.platform.problem.Problem;
import vn.sohoa.platform.problem.ProblemException;

/**
 * What defines an indicator. The DTI mapping (pillar, sub-indicator, points) and the automatic source are
 * optional; a source narrowed to a support category names it in {@code sourceCategory}.
 */
public record IndicatorDraft(String code, String name, String unit, IndicatorKind kind,
                             TenantAggregation acrossTenants, PeriodAggregation acrossPeriods, Direction direction,
                             DtiPillar dtiPillar, String dtiSubIndicator, BigDecimal dtiPoints,
                             IndicatorSource source, String sourceCategory) {

    /**
     * Checks that the parts fit together: a percentage rolls up as a ratio of sums (never an average of
     * percentages), a yes/no as a count or share of "yes", a source fills an indicator of its own kind.
     *
     * @throws ProblemException 400 naming each field that does not fit
     */
    public void check() {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<TenantAggregation> fitting = switch (kind) {
            case NUMBER -> Set.of(TenantAggregation.SUM, TenantAggregation.AVERAGE, TenantAggregation.MIN,
                    TenantAggregation.MAX);
            case PERCENT -> Set.of(TenantAggregation.RATIO, TenantAggregation.MIN, TenantAggregation.MAX);
            case YES_NO -> Set.of(TenantAggregation.SUM, TenantAggregation.RATIO);
        };
        if (!fitting.contains(acrossTenants)) {
            errors.add(new Problem.FieldError("acrossTenants", "must be one of " + fitting + " for a " + kind
                    + " indicator"));
        }
        if (source != null && source.kind() != kind) {
            errors.add(new Problem.FieldError("source", source + " fills a " + source.kind() + " indicator, not " + kind));
        }
        if (sourceCategory != null && (source == null || !source.byCategory())) {
            errors.add(new Problem.FieldError("sourceCategory", "only SUPPORT_ACTS and PEOPLE_HELPED take a category"));
        }
        if ((dtiPillar == null) != (dtiPoints == null)) {
            errors.add(new Problem.FieldError("dti", "needs both a pillar and points, or neither"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
