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

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
