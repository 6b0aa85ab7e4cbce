package vn.sohoa.server.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * The passwords and client secrets of the local development services (bin/services, the dev realm in
 * {@code dev/keycloak}): public in this repository, so a server that uses one of them is open to anybody.
 */
final class DevSecrets {

    /** Each secret setting with the dev value it has in {@code %dev} and {@code %test}. */
    static final Map<String, String> SETTINGS = Map.of(
            "quarkus.datasource.password", "sohoa_app",
            "quarkus.liquibase.password", "sohoa_owner",
            "quarkus.oidc.credentials.secret", "sohoa-web-dev-secret",
            "quarkus.keycloak.admin-client.client-secret", "sohoa-admin-dev-secret");

    private static final Set<String> VALUES = Set.copyOf(SETTINGS.values());

    private DevSecrets() {
    }

    /** The secret settings of {@code config} that hold a dev secret (any of them, not only their own), sorted. */
    static List<String> inUse(Config config) {
        return SETTINGS.keySet().stream()
                .filter(setting -> config.getOptionalValue(setting, String.class).filter(VALUES::contains).isPresent())
                .sorted()
                .toList();
    }
}
