package vn.sohoa.server.support;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import vn.sohoa.platform.calendar.VietnamCalendar;

/**
 * The application's clock in the tests, replacing the system clock that {@code SystemClock} gives the
 * running product. It runs as the system clock until a test that depends on the day sets it to an instant
 * of its choosing, from which it runs on; that test puts it back with {@link #reset()}. It exists only in
 * the test sources, so nothing can set the product's clock.
 *
 * <p>The whole suite can be run on another day: with {@code -Dsohoa.test.today=2027-01-02T01:00:00Z} the clock
 * starts, and is reset, at that instant instead of the system's time (the tokens of the realm keep the real time).
 * A test that passes today and fails on the 2nd of a month, or across a year's end, shows up there.
 */
@Singleton
public class TestClock extends Clock {

    /** The suite's "system time" as an offset from the real one: none, unless {@code sohoa.test.today} is set. */
    private static final Duration TODAY = Optional.ofNullable(System.getProperty("sohoa.test.today"))
            .filter(day -> !day.isBlank()).map(day -> Duration.between(Instant.now(), Instant.parse(day)))
            .orElse(Duration.ZERO);

    private volatile Duration offset = TODAY;

    /**
     * The suite's present in Vietnam: the system's time, or {@code sohoa.test.today}'s; what the application's clock
     * says while no test has set it. Fixtures and tests that need "an hour ago" or "tomorrow" take it from here, so
     * that they agree with the application on any day the suite runs.
     */
    public static OffsetDateTime suiteNow() {
        return OffsetDateTime.ofInstant(Instant.now().plus(TODAY), VietnamCalendar.ZONE);
    }

    /** Makes it {@code instant} now, in the application and in the fixtures that inject this clock. */
    public void startAt(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    /** Back to the system's time (or the suite's day, {@code sohoa.test.today}). */
    public void reset() {
        offset = TODAY;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return VietnamCalendar.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
