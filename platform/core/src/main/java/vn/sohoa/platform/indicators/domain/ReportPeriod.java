package vn.sohoa.platform.indicators.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import vn.sohoa.platform.problem.ProblemException;

/**
 * One period of a data set: its label ({@code 2026-11}, {@code 2026-Q4}, {@code 2026-H2}, {@code 2026}) and the
 * days it covers, both included, in the data set's window.
 *
 * @param label the period as written in addresses and files
 * @param year  the year the label names
 * @param first the first day it covers
 * @param last  the last day it covers
 */
public record ReportPeriod(String label, int year, LocalDate first, LocalDate last) {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|Q([1-4])|H([12])))?");

    /**
     * The period {@code text} names for a data set reporting by {@code type} in {@code window}.
     *
     * @throws ProblemException 400 naming the period when it is not written as a period of {@code type}
     */
    public static ReportPeriod parse(String text, PeriodType type, PeriodWindow window) {
        Matcher matcher = text == null ? null : LABEL.matcher(text);
        if (matcher == null || !matcher.matches() || typeOf(matcher) != type) {
            throw ProblemException.invalid("period", "Period " + text + " does not fit a " + type.adjective()
                    + " data set; write it like " + type.example() + ".");
        }
        int year = Integer.parseInt(matcher.group(1));
        int index = switch (type) {
            case MONTH -> Integer.parseInt(matcher.group(2));
            case QUARTER -> Integer.parseInt(matcher.group(3));
            case HALF_YEAR -> Integer.parseInt(matcher.group(4));
            case YEAR -> 1;
        };
        if (year < 2000 || year > 2100 || index < 1 || index > 12 / type.months()) {
            throw ProblemException.invalid("period", "Period " + text + " does not exist; write it like "
                    + type.example() + ".");
        }
        return of(year, index, type, window);
    }

    /** Every period of {@code type} whose label names {@code year}, in order. */
    public static List<ReportPeriod> ofYear(int year, PeriodType type, PeriodWindow window) {
        return IntStream.rangeClosed(1, 12 / type.months()).mapToObj(index -> of(year, index, type, window)).toList();
    }

    /** The period of {@code type} covering {@code day}. */
    public static ReportPeriod containing(LocalDate day, PeriodType type, PeriodWindow window) {
        for (int year = day.getYear(); year <= day.getYear() + 1; year++) {
            for (ReportPeriod period : ofYear(year, type, window)) {
                if (!day.isBefore(period.first()) && !day.isAfter(period.last())) {
                    return period;
                }
            }
        }
        throw new IllegalStateException("No " + type + " period covers " + day);
    }

    private static ReportPeriod of(int year, int index, PeriodType type, PeriodWindow window) {
        YearMonth firstMonth = YearMonth.of(year, (index - 1) * type.months() + 1);
        YearMonth lastMonth = firstMonth.plusMonths(type.months() - 1L);
        String label = switch (type) {
            case MONTH -> firstMonth.toString();
            case QUARTER -> year + "-Q" + index;
            case HALF_YEAR -> year + "-H" + index;
            case YEAR -> Integer.toString(year);
        };
        return window == PeriodWindow.CALENDAR
                ? new ReportPeriod(label, year, firstMonth.atDay(1), lastMonth.atEndOfMonth())
                : new ReportPeriod(label, year, firstMonth.minusMonths(1).atDay(15), lastMonth.atDay(14));
    }

    private static PeriodType typeOf(Matcher matcher) {
        if (matcher.group(2) != null) {
            return PeriodType.MONTH;
        }
        if (matcher.group(3) != null) {
            return PeriodType.QUARTER;
        }
        return matcher.group(4) != null ? PeriodType.HALF_YEAR : PeriodType.YEAR;
    }

    /** The last day a form of this period is on time, {@code dueDays} after the period ends. */
    public LocalDate dueDate(int dueDays) {
        return last.plusDays(dueDays);
    }
}
