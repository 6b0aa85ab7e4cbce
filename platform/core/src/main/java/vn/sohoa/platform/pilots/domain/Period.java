package vn.sohoa.platform.pilots.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.sohoa.platform.problem.ProblemException;

/**
 * A reporting period of a measurement: a month ({@code 2026-11}) or a quarter ({@code 2026-Q4}).
 *
 * @param first the first month of the period
 * @param months 1 for a month, 3 for a quarter
 */
public record Period(YearMonth first, int months) implements Comparable<Period> {

    /** What a client writes; the database checks the same shape. */
    public static final String PATTERN = "[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])";

    private static final Pattern SHAPE = Pattern.compile("([0-9]{4})-(?:(0[1-9]|1[0-2])|Q([1-4]))");

    /** @throws ProblemException 400 naming {@code period} when the text is neither shape */
    public static Period parse(String text) {
        Matcher matcher = text == null ? null : SHAPE.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw ProblemException.invalid("period", "must be a month such as 2026-11 or a quarter such as 2026-Q4");
        }
        int year = Integer.parseInt(matcher.group(1));
        return matcher.group(2) != null ? new Period(YearMonth.of(year, Integer.parseInt(matcher.group(2))), 1)
                : new Period(YearMonth.of(year, Integer.parseInt(matcher.group(3)) * 3 - 2), 3);
    }

    /** The period of this reporting frequency that contains {@code day}. */
    public static Period containing(LocalDate day, boolean quarterly) {
        YearMonth month = YearMonth.from(day);
        return quarterly ? new Period(month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1), 3) : new Period(month, 1);
    }

    /** The periods from the one containing {@code from} up to, but not including, the one containing {@code until}. */
    public static List<Period> between(LocalDate from, LocalDate until, boolean quarterly) {
        List<Period> periods = new ArrayList<>();
        Period last = containing(until, quarterly);
        for (Period period = containing(from, quarterly); period.compareTo(last) < 0; period = period.next()) {
            periods.add(period);
        }
        return periods;
    }

    public Period next() {
        return new Period(first.plusMonths(months), months);
    }

    /** The last day of the period; a value missing the day after is late. */
    public LocalDate lastDay() {
        return first.plusMonths(months - 1L).atEndOfMonth();
    }

    @Override
    public int compareTo(Period other) {
        return first.compareTo(other.first);
    }

    @Override
    public String toString() {
        return months == 1 ? first.toString() : first.getYear() + "-Q" + ((first.getMonthValue() + 2) / 3);
    }
}
