package vn.sohoa.platform.indicators.domain;

import java.math.BigDecimal;

/**
 * A value as a unit enters it for one indicator: {@code value} for NUMBER, {@code numerator} and
 * {@code denominator} for PERCENT, {@code yes} for YES_NO. {@code overrideReason} explains why an automatic
 * value was replaced.
 */
public record EnteredValue(String indicatorCode, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                           Boolean yes, String overrideReason) {

    /** Whether nothing was entered. */
    public boolean empty() {
        return value == null && numerator == null && denominator == null && yes == null;
    }

    /** Whether it holds the same figure as {@code other}, whatever the scale of its decimals. */
    public boolean sameFigure(EnteredValue other) {
        return same(value, other.value) && same(numerator, other.numerator) && same(denominator, other.denominator)
                && java.util.Objects.equals(yes, other.yes);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
