package vn.sohoa.platform.indicators.domain;

/**
 * How an indicator's values of several tenants make one: a sum, an average of the tenants' values, a ratio
 * of sums (numerators over denominators for PERCENT, the share of "yes" for YES_NO), the smallest or the
 * largest value.
 */
public enum TenantAggregation {
    SUM, AVERAGE, RATIO, MIN, MAX
}
