package vn.sohoa.platform.indicators.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The approved values of one indicator over several tenants, as the database sums them up, and the one
 * figure they make under the indicator's rule. A percentage is always the ratio of the sums of numerators
 * and denominators, never an average of percentages.
 *
 * @param tenants        how many tenants reported it
 * @param valueSum       sum of the NUMBER values
 * @param valueMin       smallest value (a percentage for PERCENT)
 * @param valueMax       largest value (a percentage for PERCENT)
 * @param numeratorSum   sum of the numerators
 * @param denominatorSum sum of the denominators
 * @param yesCount       how many said yes
 */
public record Aggregate(long tenants, BigDecimal valueSum, BigDecimal valueMin, BigDecimal valueMax,
                        BigDecimal numeratorSum, BigDecimal denominatorSum, long yesCount) {

    private static final int SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The figure: a count or amount, or a percentage for PERCENT and for a share of "yes". */
    public Figure figure(Indicator indicator) {
        return figure(indicator.kind(), indicator.acrossTenants());
    }

    /** The figure of an indicator of {@code kind} rolling up by {@code acrossTenants}. */
    public Figure figure(IndicatorKind kind, TenantAggregation acrossTenants) {
        return switch (kind) {
            case NUMBER -> new Figure(switch (acrossTenants) {
                case SUM, RATIO -> valueSum;
                case AVERAGE -> divide(valueSum, BigDecimal.valueOf(tenants), BigDecimal.ONE);
                case MIN -> valueMin;
                case MAX -> valueMax;
            }, null, null);
            case PERCENT -> switch (acrossTenants) {
                case MIN -> new Figure(valueMin, null, null);
                case MAX -> new Figure(valueMax, null, null);
                default -> new Figure(divide(numeratorSum, denominatorSum, HUNDRED), numeratorSum, denominatorSum);
            };
            case YES_NO -> acrossTenants == TenantAggregation.SUM
                    ? new Figure(BigDecimal.valueOf(yesCount), null, null)
                    : new Figure(divide(BigDecimal.valueOf(yesCount), BigDecimal.valueOf(tenants), HUNDRED),
                    BigDecimal.valueOf(yesCount), BigDecimal.valueOf(tenants));
        };
    }

    /**
     * One indicator's figure over several periods, in order, by its rule across periods. Percentages of
     * several periods with SUM or AVERAGE are the ratio of all numerators over all denominators.
     */
    public static Figure overPeriods(Indicator indicator, List<Figure> periods) {
        if (periods.isEmpty()) {
            return new Figure(null, null, null);
        }
        if (indicator.acrossPeriods() == PeriodAggregation.LAST) {
            return periods.getLast();
        }
        if (periods.stream().allMatch(figure -> figure.denominator() != null)) {
            BigDecimal numerator = periods.stream().map(Figure::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal denominator = periods.stream().map(Figure::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Figure(divide(numerator, denominator, HUNDRED), numerator, denominator);
        }
        List<BigDecimal> values = periods.stream().map(Figure::value).filter(java.util.Objects::nonNull).toList();
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Figure(indicator.acrossPeriods() == PeriodAggregation.SUM ? sum
                : divide(sum, BigDecimal.valueOf(values.size()), BigDecimal.ONE), null, null);
    }

    private static BigDecimal divide(BigDecimal top, BigDecimal bottom, BigDecimal times) {
        if (top == null || bottom == null || bottom.signum() == 0) {
            return null;
        }
        return top.multiply(times).divide(bottom, SCALE, RoundingMode.HALF_UP);
    }

    /**
     * A rolled-up figure.
     *
     * @param value       the count, amount or percentage
     * @param numerator   for a ratio, what it was computed from
     * @param denominator for a ratio, what it was computed from
     */
    public record Figure(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {}
}
