package vn.sohoa.admin.members.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where Sohoa's people live at the identity provider. */
@ConfigMapping(prefix = "sohoa.identity")
public interface IdentityConfig {

    /** The Keycloak realm of Sohoa's users. */
    @WithDefault("sohoa")
    String realm();
}
