package vn.sohoa.server.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether to load the demo province at start. */
@ConfigMapping(prefix = "sohoa.demo")
public interface DemoConfig {

    /**
     * Loads Hậu Giang with its units, hamlets and demo memberships if it is not there yet, and teams with
     * support records in three of its communes if they have none.
     */
    @WithDefault("false")
    boolean enabled();
}
