package vn.sohoa.platform.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;

/**
 * Vietnam's calendar (UTC+7, no daylight saving), in which days, weeks and reports run wherever the server
 * does. What "today" is comes from the application's {@link Clock} ({@link SystemClock}), never from the
 * JVM's zone: between 17:00 and 24:00 UTC it is already tomorrow in Vietnam.
 */
public final class VietnamCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A day as Vietnamese documents write it, with two-digit day and month: {@code 02/12/2026}. */
    public static final String DAY_PATTERN = "dd/MM/yyyy";

    /** Formats and reads days by {@link #DAY_PATTERN}. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern(DAY_PATTERN);

    /** A time of day on a day, as Vietnamese documents write it, in Vietnam time: {@code 02/12/2026 08:30}. */
    public static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);

    /** {@link #DAY_TIME} to the second, for records that must be told apart: {@code 02/12/2026 08:30:05}. */
    public static final DateTimeFormatter DAY_TIME_SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZONE);

    private VietnamCalendar() {
    }

    /** Today in Vietnam by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The day in Vietnam on which {@code instant} falls. */
    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** Midnight at the start of {@code day} in Vietnam. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The Monday starting the week, Monday to Sunday as weeks run in Vietnam, in which {@code day} falls. */
    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Midnight at the start of this week's Monday in Vietnam, by {@code clock}. */
    public static Instant startOfThisWeek(Clock clock) {
        return startOf(mondayOf(today(clock)));
    }
}
