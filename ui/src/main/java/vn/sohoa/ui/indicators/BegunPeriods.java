package vn.sohoa.ui.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.indicators.domain.DataSet;
import vn.sohoa.platform.indicators.domain.ReportPeriod;

/** The periods of a data set a person picks from: those begun this year and last year, in Vietnam, latest first. */
final class BegunPeriods {

    private BegunPeriods() {
    }

    static List<String> of(DataSet dataSet, Clock clock) {
        LocalDate today = VietnamCalendar.today(clock);
        return Stream.of(today.getYear(), today.getYear() - 1)
                .flatMap(year -> ReportPeriod.ofYear(year, dataSet.periodType(), dataSet.window()).reversed().stream())
                .filter(period -> !period.first().isAfter(today)).map(ReportPeriod::label).toList();
    }
}
