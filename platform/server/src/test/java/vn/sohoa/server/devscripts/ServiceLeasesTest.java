package vn.sohoa.server.devscripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The developer scripts' shared services: './sohoa test' run while './sohoa run' serves from the same
 * checkout must leave PostgreSQL and Keycloak running for it. Runs the shell test of the lease logic
 * ({@code bin/test/leases-test.sh}), which uses a temporary state directory and a fake stop command and
 * so never stops the real services.
 */
class ServiceLeasesTest {

    @Test
    void a_command_leaving_stops_the_services_only_when_no_other_command_still_needs_them() throws Exception {
        Path script = repositoryRoot().resolve("bin/test/leases-test.sh");
        Process test = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).start();
        String output = new String(test.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(test.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(output).doesNotContain("FAILED").contains("ok - the tests leaving while the app still serves "
                + "stop nothing", "ok - a lease of a command that was killed does not count");
        assertThat(test.exitValue()).as(output).isZero();
    }

    /** Found upwards from the compiled tests, since Maven and an IDE start in different directories. */
    private static Path repositoryRoot() throws URISyntaxException, IOException {
        Path start = Path.of(ServiceLeasesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("bin/lib/leases.sh"))) {
                return dir;
            }
        }
        throw new IOException("No bin/lib/leases.sh above " + start);
    }
}
