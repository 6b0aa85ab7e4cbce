package vn.sohoa.platform.pilots.domain;

/**
 * How a rubric criterion is scored, as Vietnamese scoring sheets do: {@code STEPS} (thresholds on a KPI, the
 * first one reached gives its points), {@code RATIO} (a/b × max: a percentage KPI's numerator over its
 * denominator, or a number KPI's value over its target, at most the max; turned round for a KPI where lower is
 * better, so a worse figure never earns more), {@code YES_NO} (a yes/no KPI gives
 * the max or nothing) and {@code MANUAL} (set by whoever assesses). The first three are scored from the KPI's
 * latest actual.
 */
public enum ScoringMethod {
    STEPS, RATIO, YES_NO, MANUAL;

    /** Whether criteria of this method are scored from a KPI. */
    public boolean automatic() {
        return this != MANUAL;
    }
}
