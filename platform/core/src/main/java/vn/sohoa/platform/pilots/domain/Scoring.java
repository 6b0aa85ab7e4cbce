package vn.sohoa.platform.pilots.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;

/** The automatic points of a criterion from its KPI's latest actual, by the criterion's method. */
public final class Scoring {

    private Scoring() {
    }

    /**
     * The points {@code latest} gives {@code criterion}, or null for a MANUAL criterion, a KPI without an
     * actual, or a NUMBER ratio without a target.
     */
    public static BigDecimal automatic(Criterion criterion, Kpi kpi, Actual latest) {
        if (!criterion.method().automatic() || latest == null) {
            return null;
        }
        BigDecimal max = criterion.maxPoints();
        return switch (criterion.method()) {
            case STEPS -> criterion.steps().stream()
                    .filter(step -> kpi.direction().reaches(latest.value(), step.threshold()))
                    .max(Comparator.comparing(Step::points)).map(Step::points).orElse(BigDecimal.ZERO);
            case YES_NO -> latest.value().compareTo(BigDecimal.ONE) == 0 ? max : BigDecimal.ZERO;
            case RATIO -> ratio(kpi, latest, max);
            case MANUAL -> null;
        };
    }

    /**
     * RATIO: a share of the maximum that grows as the figure gets better. A PERCENT gives its own a/b, or 1 − a/b when
     * lower is better (the share of files handled late); a NUMBER gives how far it got towards its target,
     * value/target, or target/value when lower is better (days to handle a file: 6 days against a target of 3 is
     * half the points), never more than the whole.
     */
    private static BigDecimal ratio(Kpi kpi, Actual latest, BigDecimal max) {
        boolean lowerIsBetter = kpi.direction() == Direction.DOWN;
        BigDecimal share;
        if (latest.denominator() != null) {
            share = latest.numerator().divide(latest.denominator(), 6, RoundingMode.HALF_UP);
            share = lowerIsBetter ? BigDecimal.ONE.subtract(share) : share;
        } else if (kpi.target() == null || kpi.target().signum() <= 0) {
            return null;
        } else if (!lowerIsBetter) {
            share = latest.value().divide(kpi.target(), 6, RoundingMode.HALF_UP);
        } else if (latest.value().compareTo(kpi.target()) <= 0) {
            share = BigDecimal.ONE;
        } else {
            share = kpi.target().divide(latest.value(), 6, RoundingMode.HALF_UP);
        }
        return share.min(BigDecimal.ONE).max(BigDecimal.ZERO).multiply(max).setScale(2, RoundingMode.HALF_UP);
    }
}
