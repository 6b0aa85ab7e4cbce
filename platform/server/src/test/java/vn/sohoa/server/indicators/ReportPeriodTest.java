package vn.sohoa.server.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.indicators.domain.PeriodType;
import vn.sohoa.platform.indicators.domain.PeriodWindow;
import vn.sohoa.platform.indicators.domain.ReportPeriod;

/**
 * Reporting periods on the calendar and on Decree 09/2019's windows, which run from the 15th of the month before to
 * the 14th: the report of 2026 covers 15/12/2025 to 14/12/2026, the first quarter 15/12/2025 to 14/03/2026.
 */
class ReportPeriodTest {

    @Test
    void a_decree_09_month_quarter_and_year_run_from_the_15th_before_to_the_14th_and_fall_due_after_it() {
        ReportPeriod month = ReportPeriod.parse("2026-01", PeriodType.MONTH, PeriodWindow.DECREE_09);
        assertThat(month.first()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(month.last()).isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(month.dueDate(5)).isEqualTo(LocalDate.of(2026, 1, 19));
        ReportPeriod quarter = ReportPeriod.parse("2026-Q1", PeriodType.QUARTER, PeriodWindow.DECREE_09);
        assertThat(quarter.first()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(quarter.last()).isEqualTo(LocalDate.of(2026, 3, 14));
        ReportPeriod half = ReportPeriod.parse("2026-H2", PeriodType.HALF_YEAR, PeriodWindow.DECREE_09);
        assertThat(half.first()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(half.last()).isEqualTo(LocalDate.of(2026, 12, 14));
        ReportPeriod year = ReportPeriod.parse("2026", PeriodType.YEAR, PeriodWindow.DECREE_09);
        assertThat(year.first()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(year.last()).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void the_days_around_the_15th_fall_into_the_windows_on_either_side_the_last_days_of_december_into_next_year() {
        assertThat(ReportPeriod.containing(LocalDate.of(2026, 3, 14), PeriodType.MONTH, PeriodWindow.DECREE_09).label())
                .isEqualTo("2026-03");
        assertThat(ReportPeriod.containing(LocalDate.of(2026, 3, 15), PeriodType.MONTH, PeriodWindow.DECREE_09).label())
                .isEqualTo("2026-04");
        assertThat(ReportPeriod.containing(LocalDate.of(2026, 12, 20), PeriodType.YEAR, PeriodWindow.DECREE_09).label())
                .isEqualTo("2027");
        assertThat(ReportPeriod.containing(LocalDate.of(2026, 12, 20), PeriodType.YEAR, PeriodWindow.CALENDAR).label())
                .isEqualTo("2026");
    }

    @Test
    void a_calendar_year_has_twelve_months_and_four_quarters_and_the_windows_tile_the_year_without_a_gap() {
        var months = ReportPeriod.ofYear(2026, PeriodType.MONTH, PeriodWindow.DECREE_09);
        assertThat(months).hasSize(12);
        for (int i = 1; i < months.size(); i++) {
            assertThat(months.get(i).first()).isEqualTo(months.get(i - 1).last().plusDays(1));
        }
        var quarters = ReportPeriod.ofYear(2026, PeriodType.QUARTER, PeriodWindow.CALENDAR);
        assertThat(quarters).extracting(ReportPeriod::label).containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(quarters.getLast().last()).isEqualTo(LocalDate.of(2026, 12, 31));
    }
}
