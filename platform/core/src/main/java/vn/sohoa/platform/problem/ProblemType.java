package vn.sohoa.platform.problem;

/** The stable problem types of the API. Clients may switch on {@link #uri()}. */
public enum ProblemType {
    MALFORMED_REQUEST(400, "Malformed request"),
    VALIDATION(400, "Invalid input"),
    /** A field names a record that does not exist (any more), e.g. a sub-unit deleted meanwhile. */
    UNKNOWN_REFERENCE(400, "Unknown reference"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    /** Another record already has the same key. */
    DUPLICATE(409, "Duplicate"),
    /** Other records still refer to this one, so it cannot be removed. */
    STILL_REFERENCED(409, "Still referenced"),
    /** The tenant is suspended, archived or merged: its data can be read but not changed. */
    TENANT_NOT_ACTIVE(409, "Tenant not active"),
    STALE_VERSION(409, "Stale version"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNPROCESSABLE(422, "Unprocessable request"),
    INTERNAL(500, "Internal error"),
    /** The database cannot be reached for a moment; the answer carries {@code Retry-After}. */
    UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return "urn:sohoa:problem:" + name().toLowerCase().replace('_', '-');
    }

    /** The generic type (the first listed) for an HTTP status the application did not raise itself. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
