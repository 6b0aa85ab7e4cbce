package vn.sohoa.platform.indicators.domain;

/** How an indicator's values of several periods make one for a longer span (a year from its months). */
public enum PeriodAggregation {
    /** Added up: support acts of the year are the sum of its months. */
    SUM,
    /** The value of the last period reported: active teams at the end of the year. */
    LAST,
    /** The mean of the periods reported. */
    AVERAGE
}
