package vn.sohoa.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long {@code Idempotency-Key}s are remembered. */
@ConfigMapping(prefix = "sohoa.idempotency")
public interface IdempotencyConfig {

    /**
     * How long a key is remembered before it is purged. The database never purges a key younger than 24
     * hours, whatever this says, so a retry always finds its key for at least that long.
     */
    @WithDefault("PT48H")
    Duration retention();

    /**
     * How often old keys are purged, as Quarkus' {@code @Scheduled(every)} reads it ({@code 1h});
     * {@code off} stops the schedule (the tests purge by calling it).
     */
    @WithDefault("1h")
    String purgeEvery();
}
