package vn.sohoa.platform.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** Vietnam's calendar (UTC+7, no daylight saving), in which days, weeks and reports run wherever the server does. */
public final class VietnamCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamCalendar() {
    }

    /** Today in Vietnam. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
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

    /** Midnight at the start of this week's Monday in Vietnam. */
    public static Instant startOfThisWeek() {
        return startOf(mondayOf(today()));
    }
}
