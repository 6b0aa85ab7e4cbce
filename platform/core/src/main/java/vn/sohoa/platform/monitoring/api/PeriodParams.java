package vn.sohoa.platform.monitoring.api;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.sohoa.platform.monitoring.domain.Period;
import vn.sohoa.platform.problem.Problem.FieldError;
import vn.sohoa.platform.problem.ProblemException;

/**
 * The {@code ?from&to} of a dashboard, Vietnam calendar days (ISO {@code 2026-03-01}), both included; without
 * them the month of today.
 */
public class PeriodParams {

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    /** The period; 400 naming each parameter that is not a day, a missing half, or a period too long or reversed. */
    Period period(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = day("from", from, errors);
        LocalDate end = day("to", to, errors);
        if (errors.isEmpty() && (start == null) != (end == null)) {
            errors.add(new FieldError(start == null ? "from" : "to", "must be given together with "
                    + (start == null ? "to" : "from")));
        } else if (errors.isEmpty() && start != null && end.isBefore(start)) {
            errors.add(new FieldError("to", "must not be before from"));
        } else if (errors.isEmpty() && start != null && new Period(start, end).days() > Period.MAX_DAYS) {
            errors.add(new FieldError("to", "must be at most " + Period.MAX_DAYS + " days after from"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return start == null ? Period.monthOf(today) : new Period(start, end);
    }

    private static LocalDate day(String name, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be a date such as 2026-03-01"));
            return null;
        }
    }
}
