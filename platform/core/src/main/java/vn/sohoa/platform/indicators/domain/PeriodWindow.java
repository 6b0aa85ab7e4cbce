package vn.sohoa.platform.indicators.domain;

/**
 * Which days a period covers: the calendar's, or Decree 09/2019/NĐ-CP's reporting windows, which run from the
 * 15th of the month before the period's first month to the 14th of its last month (November 2026 is
 * 15/10/2026–14/11/2026; the year 2026 is 15/12/2025–14/12/2026).
 */
public enum PeriodWindow {
    CALENDAR, DECREE_09
}
