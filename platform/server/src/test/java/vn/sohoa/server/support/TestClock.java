package vn.sohoa.server.support;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import vn.sohoa.platform.calendar.VietnamCalendar;

/**
 * The application's clock in the tests, replacing the system clock that {@code SystemClock} gives the
 * running product. It runs as the system clock until a test that depends on the day sets it to an instant
 * of its choosing, from which it runs on; that test puts it back with {@link #reset()}. It exists only in
 * the test sources, so nothing can set the product's clock.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Makes it {@code instant} now, in the application and in the fixtures that inject this clock. */
    public void startAt(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    /** Back to the system's time. */
    public void reset() {
        offset = Duration.ZERO;
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
