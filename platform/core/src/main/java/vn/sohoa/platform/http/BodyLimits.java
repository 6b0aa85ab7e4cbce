package vn.sohoa.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.sohoa.platform.problem.Problem;
import vn.sohoa.platform.problem.ProblemType;

/**
 * Holds each request to its own body-size limit: the upload paths to the server's ceiling, every other
 * request to {@link BodyLimitsConfig#maxBodySize()}. A declared length over the limit is answered at
 * once with a 413 problem, before any of the body is read; a chunked body is cut off where it passes
 * the limit by the reader Quarkus hands to the resource. A JSON body of declared length to the API, within its
 * limit, is read whole on the I/O thread before the resource runs (see {@link #readDeclaredJson}).
 */
@ApplicationScoped
public class BodyLimits {

    @Inject
    BodyLimitsConfig config;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize ceiling;

    /** The upload paths as patterns, compiled once: every request is matched against them. */
    private List<Pattern> uploads = List.of();

    /** Reads a body whole into memory, up to the limit of an ordinary request. */
    private BodyHandler wholeBody;

    void install(@Observes Router router) {
        uploads = config.uploadPaths().orElse(List.of()).stream().map(BodyLimits::compile).toList();
        // Before Quarkus' own check (which answers a bare 413 at the ceiling) ...
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::refuseDeclaredOversize);
        // ... and after it, because it sets the ceiling as the limit of every chunked body.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::limitChunkedBody);
        wholeBody = BodyHandler.create(false).setBodyLimit(config.maxBodySize().asLongValue())
                .setMergeFormAttributes(false);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::readDeclaredJson);
    }

    /** The largest body a request to this path may send. */
    long limitFor(String path) {
        return isUpload(path) ? ceiling.asLongValue() : config.maxBodySize().asLongValue();
    }

    private boolean isUpload(String path) {
        return uploads.stream().anyMatch(pattern -> pattern.matcher(path).matches());
    }

    /** A {@code *} at the end of a pattern matches the rest of the path; elsewhere, one path segment. */
    private static Pattern compile(String pattern) {
        String[] parts = pattern.split("\\*", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(Pattern.quote(parts[i]));
            if (i < parts.length - 1) {
                regex.append(i == parts.length - 2 && parts[i + 1].isEmpty() ? ".*" : "[^/]+");
            }
        }
        return Pattern.compile(regex.toString());
    }

    private void refuseDeclaredOversize(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = limitFor(context.normalizedPath());
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > limit) {
            Problem problem = new Problem(ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body may be at most " + limit / (1024 * 1024) + " MB.");
            // The client may still be sending; closing the connection is the only way to stop it.
            context.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE.toString())
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(serialise(problem));
            return;
        }
        context.next();
    }

    private void limitChunkedBody(RoutingContext context) {
        if (context.get(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY) != null) {
            context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, limitFor(context.normalizedPath()));
        }
        context.next();
    }

    /**
     * Reads the JSON body of an API request whole, on the I/O thread, when its length is declared and it is no
     * upload (so at most {@link BodyLimitsConfig#maxBodySize()}, which {@link #refuseDeclaredOversize} has checked).
     * Otherwise the resource, which runs on a worker thread, would read it through a blocking stream, handing
     * every read between the two threads: on a small creating POST that hand-over cost more of the server than
     * parsing the body. Chunked bodies and uploads are still streamed, under their limits.
     */
    private void readDeclaredJson(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String path = context.normalizedPath();
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        // An empty body (a POST that only names its target) has nothing to read: it goes on as it came.
        if (length != null && !length.equals("0") && type != null
                && type.toLowerCase(Locale.ROOT).contains("json") && path.startsWith("/api/") && !isUpload(path)) {
            wholeBody.handle(context);
        } else {
            context.next();
        }
    }

    private String serialise(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written as JSON", e);
        }
    }
}
