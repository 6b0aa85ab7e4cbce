package vn.sohoa.platform.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Forgets the {@code Idempotency-Key}s older than {@link IdempotencyConfig#retention()}, in every tenant at
 * once. Row-level security keeps the application inside one tenant, so the deletion is the database
 * function {@code purge_idempotency_keys}, which runs as the owner role and can delete nothing younger than
 * 24 hours.
 */
@ApplicationScoped
public class IdempotencyKeyPurge {

    @Inject
    EntityManager em;

    @Inject
    IdempotencyConfig config;

    @Scheduled(identity = "idempotency-key-purge", every = "${sohoa.idempotency.purge-every:1h}",
            delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        purge();
    }

    /** Deletes the keys older than the retention and says how many there were. */
    @Transactional
    public int purge() {
        Number purged = (Number) em.createNativeQuery("select purge_idempotency_keys(make_interval(secs => :seconds))")
                .setParameter("seconds", config.retention().toSeconds()).getSingleResult();
        return purged.intValue();
    }
}
