package vn.sohoa.platform.pilots.domain;

/**
 * How a KPI is measured. A {@code PERCENT} keeps its numerator and denominator, because percentages of
 * several pilots or periods only add up from their parts; a {@code YES_NO} is 1 or 0.
 */
public enum KpiKind {
    NUMBER, PERCENT, YES_NO
}
