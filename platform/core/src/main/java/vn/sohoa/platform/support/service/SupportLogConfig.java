package vn.sohoa.platform.support.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The time rules of the support log. */
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
}
