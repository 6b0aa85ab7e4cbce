package vn.sohoa.platform.support.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Business counters of the support log for Prometheus. They carry no tenant label: a label per tenant would
 * make tens of thousands of series; figures by tenant come from the support tally.
 */
@Startup
@ApplicationScoped
class SupportMeters {

    private final Counter logged;

    SupportMeters(MeterRegistry registry) {
        logged = Counter.builder("sohoa.support.records.logged")
                .description("Support records stored (committed), by every way in: API, quick entry, import")
                .register(registry);
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) SupportLogged written) {
        logged.increment(written.records());
    }
}
