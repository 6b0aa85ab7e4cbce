package vn.sohoa.platform.monitoring.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Vietnam calendar days {@code from} to {@code to}, both included. */
public record Period(LocalDate from, LocalDate to) {

    /** The longest period a dashboard adds up: its weekly trend has one point per week. */
    public static final int MAX_DAYS = 1_100;

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period ends on or after its first day: " + from + " to " + to);
        }
    }

    /** The month of {@code day}. */
    public static Period monthOf(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        return new Period(first, first.plusMonths(1).minusDays(1));
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length that ends the day before this one starts. */
    public Period previous() {
        return new Period(from.minusDays(days()), from.minusDays(1));
    }

    /** The day figures of a state (who is in a team) are read for: the last day, or today if it ends later. */
    public LocalDate stateDay(LocalDate today) {
        return to.isAfter(today) ? today : to;
    }
}
