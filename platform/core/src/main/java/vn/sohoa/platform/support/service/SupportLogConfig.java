package vn.sohoa.platform.support.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The time rules of the support log and its idempotency keys. */
@ConfigMapping(prefix = "sohoa.support-log")
public interface SupportLogConfig {

    /** How far in the future a record may lie, for phones whose clocks run ahead. */
    @WithDefault("PT5M")
    Duration clockSkew();

    /** How far back support may be logged; older help belongs in an import, with a reason. */
    @WithDefault("P366D")
    Duration maxAge();

    /** How long after logging a record may still be corrected or deleted. */
    @WithDefault("P30D")
    Duration correctionWindow();

    /**
     * How long an {@code Idempotency-Key} is remembered before it is purged. The database never purges a key
     * younger than 24 hours, whatever this says, so a retry always finds its key for at least that long.
     */
    @WithDefault("PT48H")
    Duration idempotencyRetention();

    /**
     * How often old idempotency keys are purged, as Quarkus' {@code @Scheduled(every)} reads it
     * ({@code 1h}); {@code off} stops the schedule (the tests purge by calling it).
     */
    @WithDefault("1h")
    String idempotencyPurgeEvery();
}
