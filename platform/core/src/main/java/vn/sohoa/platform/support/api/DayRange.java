package vn.sohoa.platform.support.api;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.sohoa.platform.problem.Problem.FieldError;
import vn.sohoa.platform.problem.ProblemException;

/** The {@code ?from&to} days of a count, Vietnam calendar days, both included; either may be left open. */
public class DayRange {

    /** The days asked for; a null end is open. */
    record Days(LocalDate from, LocalDate to) {}

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    /** The range; 400 naming every parameter that is not a day, or an end before the start. */
    Days days() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = day("from", from, errors);
        LocalDate end = day("to", to, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Days(start, end);
    }

    private static LocalDate day(String name, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be a date such as 2025-07-01"));
            return null;
        }
    }
}
