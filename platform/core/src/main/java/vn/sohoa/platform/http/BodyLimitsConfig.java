package vn.sohoa.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * How large a request body may be. {@code quarkus.http.limits.max-body-size} is the ceiling for the
 * whole server and applies to the {@link #uploadPaths()}; every other request is held to
 * {@link #maxBodySize()}.
 */
@ConfigMapping(prefix = "sohoa.http")
public interface BodyLimitsConfig {

    /** Largest body of an ordinary API request (JSON). */
    @WithDefault("2M")
    MemorySize maxBodySize();

    /**
     * Request paths that take files, up to the server's ceiling: exact paths, prefixes ending in {@code *}
     * for paths with a generated part (the web UI's uploads, {@code /VAADIN/dynamic/resource/*}), or paths with
     * a {@code *} standing for one segment ({@code /api/v1/tenants/*}{@code /support-logs/import}).
     */
    Optional<List<String>> uploadPaths();
}
