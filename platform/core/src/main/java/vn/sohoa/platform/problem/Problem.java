package vn.sohoa.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The body of every API error (RFC 9457). {@code errors} lists field problems, if any. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /**
     * Seconds a client should wait before retrying a 503: PostgreSQL takes about that long to restart, and a
     * client that retries with the same {@code Idempotency-Key} still records only once.
     */
    public static final String RETRY_AFTER_SECONDS = "2";

    /**
     * One rejected field: its JSON path and why. For an uploaded file, {@code line} is the line it was
     * found on (1 is the header) and {@code field} the column, or null when the whole line is wrong.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(Integer line, String field, String message) {

        public FieldError(String field, String message) {
            this(null, field, message);
        }
    }

    public Problem(ProblemType type, String detail) {
        this(type.uri(), type.title(), type.status(), detail, List.of());
    }

    public Problem(ProblemType type, String detail, List<FieldError> errors) {
        this(type.uri(), type.title(), type.status(), detail, errors);
    }

    /** The answer for this problem; a 503 says when to retry ({@code Retry-After}). */
    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(this);
        if (status == ProblemType.UNAVAILABLE.status()) {
            response.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return response.build();
    }
}
