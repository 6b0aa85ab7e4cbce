package vn.sohoa.ui.supportlog;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** Vietnam's wall clock, in which members read times and weeks run from Monday, wherever the server runs. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    /** The start of the current week, Monday 00:00 in Vietnam. */
    public static Instant thisMonday() {
        return LocalDate.now(ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(ZONE)
                .toInstant();
    }
}
