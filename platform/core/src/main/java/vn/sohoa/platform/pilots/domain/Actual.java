package vn.sohoa.platform.pilots.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.sohoa.platform.problem.ProblemException;

/**
 * A KPI's measured value. For a PERCENT it is 100 × numerator / denominator, and both parts are kept.
 *
 * @param value       the value compared with the KPI's target
 * @param numerator   a PERCENT's numerator, else null
 * @param denominator a PERCENT's denominator, else null
 */
public record Actual(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {

    /**
     * The actual a client reports for a KPI of this kind: a PERCENT from its numerator and denominator, a
     * YES_NO as 0 or 1, a NUMBER as it is.
     *
     * @throws ProblemException 400 naming the field that is missing, zero, negative or out of range
     */
    public static Actual of(KpiKind kind, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
        if (kind == KpiKind.PERCENT) {
            if (numerator == null || denominator == null) {
                throw ProblemException.invalid(numerator == null ? "numerator" : "denominator",
                        "is required for a PERCENT KPI");
            }
            if (denominator.signum() <= 0) {
                throw ProblemException.invalid("denominator", "must be greater than zero");
            }
            if (numerator.signum() < 0 || numerator.compareTo(denominator) > 0) {
                throw ProblemException.invalid("numerator", "must be between 0 and the denominator");
            }
            return new Actual(numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 4, RoundingMode.HALF_UP),
                    numerator, denominator);
        }
        if (numerator != null || denominator != null) {
            throw ProblemException.invalid(numerator != null ? "numerator" : "denominator",
                    "is only for a PERCENT KPI; send value");
        }
        if (value == null) {
            throw ProblemException.invalid("value", "is required for a " + kind + " KPI");
        }
        if (kind == KpiKind.YES_NO && value.signum() != 0 && value.compareTo(BigDecimal.ONE) != 0) {
            throw ProblemException.invalid("value", "must be 1 (yes) or 0 (no) for a YES_NO KPI");
        }
        return new Actual(value, null, null);
    }
}
