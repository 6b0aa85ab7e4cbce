package vn.sohoa.platform.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What a failure means to the person who caused it: the one translation the API ({@link ProblemMappers}) and
 * the web UI (its error handler) both use. It looks through every wrapper — an exception at commit arrives as
 * Narayana's {@code RollbackException} inside ArC's undeclared-throwable wrapper, around Hibernate's exception,
 * around the driver's — down to the cause that says what happened:
 * <ul>
 *   <li>a {@link ProblemException} is the answer already;</li>
 *   <li>Bean Validation violations are a 400 naming the fields, an optimistic-lock failure a stale version;</li>
 *   <li>PostgreSQL's unique violation (23505) is a 409 duplicate; a foreign-key violation (23503) is a 409
 *       when other rows still refer to the one removed, and a 400 naming the field when the row written names
 *       one that does not exist; a check violation (23514) is a 400 naming the field (see {@link Constraint});</li>
 *   <li>a database that cannot be reached (SQLState class 08, 57P01-57P03, 53300, or a pool that could hand
 *       out no connection) is a 503 with {@code Retry-After}: a restart, which the client may simply retry.</li>
 * </ul>
 * Anything else is not translated: it is a fault of Sohoa, answered 500 and logged with an incident number.
 */
public final class Failures {

    /** Enough for a chain of wrappers; bounds the walk should a cause ever point back into its chain. */
    private static final int MAX_DEPTH = 32;

    private Failures() {
    }

    /** The problem {@code thrown} stands for, or empty when it is an unexpected fault. */
    public static Optional<Problem> problemOf(Throwable thrown) {
        JDBCException statement = null;
        int depth = 0;
        for (Throwable cause = thrown; cause != null && depth++ < MAX_DEPTH; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return Optional.of(problem.problem());
            }
            if (cause instanceof ConstraintViolationException violations) {
                return Optional.of(invalid(violations));
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return Optional.of(new Problem(ProblemType.STALE_VERSION,
                        "Someone else changed this record; reload it and apply your change again."));
            }
            if (cause instanceof JDBCException jdbc && statement == null) {
                statement = jdbc;
            }
            if (cause instanceof SQLException sql) {
                Optional<Problem> problem = database(sql, statement);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            // A commit that fails on the wire is Narayana's RollbackException with no cause: the driver's
            // failure is suppressed in it, inside the resource's XAException.
            for (Throwable suppressed : cause.getSuppressed()) {
                Optional<Problem> problem = problemOf(suppressed);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private static Problem invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(FieldPaths.of(v.getPropertyPath()), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return ProblemException.invalid(errors).problem();
    }

    private static Optional<Problem> database(SQLException e, JDBCException statement) {
        String state = e.getSQLState();
        if (state == null) {
            return unreachable(e) ? Optional.of(unavailable()) : Optional.empty();
        }
        ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        Constraint constraint = Constraint.of(server);
        return switch (state) {
            case "23505" -> Optional.of(duplicate(constraint));
            case "23503" -> Optional.of(constraint.removedWhileReferenced(statement, server)
                    ? stillReferenced(constraint) : unknownReference(constraint));
            case "23514" -> Optional.of(checkFailed(constraint));
            case "22003" -> Optional.of(new Problem(ProblemType.VALIDATION, "A number is too large to be kept (the "
                    + "database says: " + (server == null ? e.getMessage() : server.getMessage()) + ")."));
            case "57P01", "57P02", "57P03", "53300" -> Optional.of(unavailable());
            default -> state.startsWith("08") ? Optional.of(unavailable()) : Optional.empty();
        };
    }

    /**
     * The pool could hand out no connection: Agroal raises an exception without a SQLState when its
     * acquisition timeout passes or a new connection cannot be made (the driver's failure is its cause).
     */
    private static boolean unreachable(SQLException e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("io.agroal.");
    }

    private static Problem unavailable() {
        return new Problem(ProblemType.UNAVAILABLE, "The database cannot be reached at the moment. Nothing was "
                + "changed unless a retry says so; send the same request again in a few seconds.");
    }

    private static Problem duplicate(Constraint constraint) {
        return constraint.field()
                .map(field -> new Problem(ProblemType.DUPLICATE, "Another record already has this " + field + ".",
                        List.of(new Problem.FieldError(field, "is already taken"))))
                .orElseGet(() -> new Problem(ProblemType.DUPLICATE, "The same record already exists."));
    }

    private static Problem stillReferenced(Constraint constraint) {
        return new Problem(ProblemType.STILL_REFERENCED, "Other records (" + constraint.table()
                + ") still refer to this one, so it cannot be removed.");
    }

    private static Problem unknownReference(Constraint constraint) {
        String field = constraint.field().orElse("body");
        return new Problem(ProblemType.UNKNOWN_REFERENCE, field + " names a record that does not exist (any more).",
                List.of(new Problem.FieldError(field, "names a record that does not exist")));
    }

    private static Problem checkFailed(Constraint constraint) {
        return constraint.field()
                .map(field -> ProblemException.invalid(field, "is not an allowed value").problem())
                .orElseGet(() -> new Problem(ProblemType.VALIDATION,
                        "The values break the rule " + constraint.name() + " together."));
    }
}
