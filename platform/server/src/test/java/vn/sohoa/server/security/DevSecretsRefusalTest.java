package vn.sohoa.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole application, started as production starts it (the check on) with the local services' passwords of the
 * test profile: it stops, naming every setting that holds one.
 */
@QuarkusMainTest
@TestProfile(DevSecretsRefusalTest.AsInProduction.class)
class DevSecretsRefusalTest {

    /** The test profile with the refusal of dev secrets on, as in the prod profile. */
    public static class AsInProduction implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sohoa.security.allow-dev-secrets", "false");
        }
    }

    @Test
    @Launch(value = {}, exitCode = 1)
    void a_server_holding_a_dev_secret_refuses_to_start_and_names_the_settings(LaunchResult result) {
        assertThat(result.getOutput() + result.getErrorOutput())
                .contains("Refusing to start with a password or client secret of the local development services")
                .contains("quarkus.datasource.password", "quarkus.liquibase.password",
                        "quarkus.oidc.credentials.secret", "quarkus.keycloak.admin-client.client-secret");
    }
}
