package vn.sohoa.platform.indicators.domain;

/** What an indicator's value is. */
public enum IndicatorKind {
    /** A count or amount. */
    NUMBER,
    /** A share, always kept as numerator and denominator so that it rolls up as a ratio of sums. */
    PERCENT,
    /** Yes or no; rolls up as the count or the share of "yes". */
    YES_NO
}
