package vn.sohoa.platform.problem;

import io.quarkus.resteasy.reactive.server.runtime.ResteasyReactiveRecorder;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.server.core.Deployment;
import org.jboss.resteasy.reactive.server.handlers.ClassRoutingHandler;
import org.jboss.resteasy.reactive.server.handlers.RestInitialHandler;
import org.jboss.resteasy.reactive.server.mapping.RequestMapper;

/**
 * The methods the API serves at a path, for the {@code Allow} header of a 405 (RFC 9110 requires it; Quarkus
 * REST answers 405 without one). The path is matched the way Quarkus REST matches it: first the resource
 * class, then that class's methods, one table per HTTP method.
 */
final class AllowedMethods {

    private AllowedMethods() {
    }

    static Set<String> at(String path) {
        Set<String> allowed = new TreeSet<>();
        Deployment deployment = ResteasyReactiveRecorder.getCurrentDeployment();
        String prefix = deployment.getPrefix();
        String local = !prefix.isEmpty() && !prefix.equals("/") && path.startsWith(prefix)
                ? path.substring(prefix.length()) : path;
        var resourceClass = Classes.MAPPER.map(local);
        if (resourceClass == null) {
            return allowed;
        }
        String remaining = resourceClass.remaining.isEmpty() ? "/" : resourceClass.remaining;
        Arrays.stream(resourceClass.value.handlers)
                .filter(ClassRoutingHandler.class::isInstance).map(ClassRoutingHandler.class::cast)
                .forEach(routing -> routing.getMappers().forEach((method, methods) -> {
                    if (method != null && methods.map(remaining) != null) {
                        allowed.add(method);
                    }
                }));
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        return allowed;
    }

    /** Built once, at the first 405: the deployment's resource classes do not change while it runs. */
    private static final class Classes {
        static final RequestMapper<RestInitialHandler.InitialMatch> MAPPER =
                new RequestMapper<>(ResteasyReactiveRecorder.getCurrentDeployment().getClassMappers());
    }
}
