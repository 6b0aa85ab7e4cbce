package vn.sohoa.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of an API request into a problem response; no stack trace reaches a client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    /** Named here because Quarkus maps Bean Validation failures itself otherwise. */
    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        return Failures.problemOf(e).orElseThrow().toResponse();
    }

    /** Also names MismatchedInputException, which Quarkus would otherwise answer with a body of its own. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadableJson(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = FieldPaths.of(unknown);
            return invalidField(field, "is not a known field");
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            String field = FieldPaths.of(format);
            Class<?> target = format.getTargetType();
            String message = target.isEnum()
                    ? "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                            .collect(Collectors.joining(", "))
                    : "must be a valid " + target.getSimpleName();
            return invalidField(field, message);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return invalidField(FieldPaths.of(mapping), "has the wrong type");
        }
        return new Problem(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON.").toResponse();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated() {
        return Response.fromResponse(new Problem(ProblemType.UNAUTHENTICATED,
                        "Send a valid bearer token from the Sohoa identity provider.").toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return new Problem(ProblemType.FORBIDDEN, "Your role does not allow this.").toResponse();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        if (status == ProblemType.METHOD_NOT_ALLOWED.status()) {
            return notAllowed(request);
        }
        ProblemType type = ProblemType.forStatus(status);
        return new Problem(type.uri(), type.title(), status, type.title() + ".", List.of()).toResponse();
    }

    /**
     * Whatever {@link Failures} can explain is answered as what it means (a 503 is also logged, without a
     * stack trace: it is an outage, not a fault); anything else is a fault of Sohoa, logged in full.
     */
    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable e) {
        Optional<Problem> problem = Failures.problemOf(e);
        if (problem.isPresent()) {
            if (problem.get().status() == ProblemType.UNAVAILABLE.status()) {
                LOG.warnf("Answered 503, the database is unavailable: %s", rootCause(e));
            }
            return problem.get().toResponse();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return new Problem(ProblemType.INTERNAL,
                "Something went wrong on our side. Quote incident " + incident + " when you report it.").toResponse();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && depth < 32; depth++) {
            root = root.getCause();
        }
        return root;
    }

    private static Response notAllowed(HttpServerRequest request) {
        Set<String> allowed = AllowedMethods.at(request.path());
        Response answer = new Problem(ProblemType.METHOD_NOT_ALLOWED, request.method() + " is not served at this "
                + "path; it answers " + String.join(", ", allowed) + ".").toResponse();
        return Response.fromResponse(answer).header(HttpHeaders.ALLOW, String.join(", ", allowed)).build();
    }

    private static Response invalidField(String field, String message) {
        return new Problem(ProblemType.VALIDATION, field + " " + message,
                List.of(new Problem.FieldError(field, message))).toResponse();
    }
}
