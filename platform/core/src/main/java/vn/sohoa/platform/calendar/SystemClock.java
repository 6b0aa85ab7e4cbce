package vn.sohoa.platform.calendar;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock every part of Sohoa tells the time and the day by: inject {@link Clock} instead of calling
 * {@code Instant.now()} or {@code LocalDate.now()}, so that what depends on the day can be tested on any
 * day. In production it is the system clock and nothing can set it; the test sources declare their own
 * {@code Clock} bean, which replaces this default one.
 */
@ApplicationScoped
public class SystemClock {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(VietnamCalendar.ZONE);
    }
}
