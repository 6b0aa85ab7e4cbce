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
 * The mode the Helm chart's migrations Job runs the image in: Liquibase migrates as the owner, then the process
 * exits with 0 instead of serving.
 */
@QuarkusMainTest
@TestProfile(MigrationsJobModeTest.MigrateAndExit.class)
class MigrationsJobModeTest {

    /** The settings the chart gives the Job (helm/sohoa/templates/migrations-job.yaml). */
    public static class MigrateAndExit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.init-and-exit", "true", "quarkus.liquibase.migrate-at-start", "true",
                    "quarkus.datasource.username", "sohoa_owner", "quarkus.datasource.password", "sohoa_owner",
                    "quarkus.oidc.tenant-enabled", "false", "quarkus.oidc.api.tenant-enabled", "false",
                    "quarkus.keycloak.admin-client.server-url", "");
        }
    }

    @Test
    @Launch(value = {}, exitCode = 0)
    void the_migrations_job_migrates_and_exits_without_serving(LaunchResult result) {
        assertThat(result.getOutput()).contains("UPDATE SUMMARY").doesNotContain("Listening on");
    }
}
