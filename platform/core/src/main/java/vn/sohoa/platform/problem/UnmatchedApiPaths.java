package vn.sohoa.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Answers 404 problem+json for every request under {@code /api/} that no resource serves, whatever its method.
 * Quarkus REST passes a request it cannot match on to the next route, and the next one is the web UI's
 * servlet, which serves every path: it would answer an API client with an HTML page and open a UI session
 * for it. This route sits between the two. (A known path with the wrong method never gets here: Quarkus REST
 * answers it with a 405, which {@link ProblemMappers} completes with {@code Allow}.)
 */
@ApplicationScoped
public class UnmatchedApiPaths {

    /**
     * After Quarkus REST, which serves at order 1500 when a servlet container (Vaadin's) is present, and
     * before the servlet container's default route (10000).
     */
    static final int ORDER = 2000;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(this::notFound);
    }

    private void notFound(RoutingContext context) {
        Problem problem = new Problem(ProblemType.NOT_FOUND, "There is no API resource at this path.");
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE.toString())
                .end(serialise(problem));
    }

    private String serialise(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written as JSON", e);
        }
    }
}
