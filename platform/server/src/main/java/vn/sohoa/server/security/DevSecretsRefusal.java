package vn.sohoa.server.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stops the start of a server that holds a {@link DevSecrets dev secret}, naming the settings to change, before
 * any other start-up work of the application runs. {@code sohoa.security.allow-dev-secrets} turns the check off;
 * only {@code %dev}, {@code %test} and {@code ./sohoa run} (the packaged jar against the local services) set it.
 */
@ApplicationScoped
class DevSecretsRefusal {

    @ConfigProperty(name = "sohoa.security.allow-dev-secrets", defaultValue = "false")
    boolean allowed;

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start, Config config) {
        List<String> settings = DevSecrets.inUse(config);
        if (!allowed && !settings.isEmpty()) {
            throw new IllegalStateException("Refusing to start with a password or client secret of the local "
                    + "development services in " + String.join(", ", settings)
                    + ": set the real one (e.g. through its environment variable, from a Kubernetes Secret)");
        }
    }
}
