package vn.sohoa.platform.problem;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by services to end a request with a problem response; never carries a stack trace out. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail) {
        this(new Problem(type, detail));
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(new Problem(type, detail, errors));
    }

    private ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    /** A 409 for a record whose key ({@code field}) another record already has. */
    public static ProblemException duplicate(String field, String detail) {
        return new ProblemException(ProblemType.DUPLICATE, detail, List.of(new Problem.FieldError(field, "is already taken")));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, message, List.of(new Problem.FieldError(field, message)));
    }

    /** A 400 naming every rejected field; its detail lists them all. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION, errors.stream()
                .map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; ")), errors);
    }
}
