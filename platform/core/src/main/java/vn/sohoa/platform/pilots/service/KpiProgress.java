package vn.sohoa.platform.pilots.service;

import java.util.List;
import vn.sohoa.platform.pilots.domain.Actual;
import vn.sohoa.platform.pilots.domain.Kpi;

/**
 * One KPI of a pilot over its periods: the indicator with its baseline and target, what was measured in each
 * period that has begun (a period without a value after its last day is late), the latest actual and
 * whether it reaches the target.
 */
public record KpiProgress(Kpi kpi, List<PeriodActual> periods, Actual latest, boolean reached) {

    /** The current value of one period, null when none was recorded; {@code late} once the period is over without one. */
    public record PeriodActual(String period, Actual actual, boolean late) {}
}
