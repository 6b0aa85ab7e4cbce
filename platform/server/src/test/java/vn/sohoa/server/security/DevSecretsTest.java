package vn.sohoa.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The passwords of the local services live in the dev and test profiles only. Plain JUnit, real SmallRye Config. */
class DevSecretsTest {

    @Test
    void the_prod_profile_of_the_application_sets_no_dev_secret() throws IOException {
        assertThat(DevSecrets.inUse(application("prod", Map.of()))).isEmpty();
        assertThat(DevSecrets.inUse(application("test", Map.of()))).containsExactly("quarkus.datasource.password",
                "quarkus.keycloak.admin-client.client-secret", "quarkus.liquibase.password",
                "quarkus.oidc.credentials.secret");
    }

    @Test
    void a_dev_secret_given_to_another_setting_is_found_too() throws IOException {
        SmallRyeConfig prod = application("prod", Map.of("quarkus.oidc.credentials.secret", "sohoa_owner",
                "quarkus.datasource.password", "a-real-password"));

        assertThat(DevSecrets.inUse(prod)).containsExactly("quarkus.oidc.credentials.secret");
    }

    /** application.properties in {@code profile}, under {@code overrides} (as an environment would set them). */
    private static SmallRyeConfig application(String profile, Map<String, String> overrides) throws IOException {
        return new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(DevSecretsTest.class.getResource("/application.properties"), 100))
                .withSources(new PropertiesConfigSource(overrides, "overrides", 400))
                .build();
    }
}
