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

    private static BigDecimal ratio(Kpi kpi, Actual latest, BigDecimal max) {
        BigDecimal share;
        if (latest.denominator() != null) {
            share = latest.numerator().divide(latest.denominator(), 6, RoundingMode.HALF_UP);
        } else if (kpi.target() != null && kpi.target().signum() > 0) {
            share = latest.value().divide(kpi.target(), 6, RoundingMode.HALF_UP).min(BigDecimal.ONE);
        } else {
            return null;
        }
        return share.max(BigDecimal.ZERO).multiply(max).setScale(2, RoundingMode.HALF_UP);
    }
}
