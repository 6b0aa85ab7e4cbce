package vn.sohoa.platform.audit.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.sohoa.platform.audit.domain.AuditAction;
import vn.sohoa.platform.audit.service.AuditFilter;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.problem.Problem;
import vn.sohoa.platform.problem.ProblemException;

/**
 * The filter query parameters of the audit endpoints. {@code from} and {@code to} take a date
 * ({@code 2025-07-01}: that whole day, Vietnam time) or a date-time (with an offset, else Vietnam
 * time); both ends are included.
 */
public class AuditQuery {

    private static final String WHEN = "must be a date (2025-07-01) or a date-time (2025-07-01T08:00:00+07:00)";

    @QueryParam("from")
    @Size(max = 40, message = WHEN)
    String from;

    @QueryParam("to")
    @Size(max = 40, message = WHEN)
    String to;

    @QueryParam("actor")
    @Size(max = 255)
    String actor;

    @QueryParam("entityType")
    @Size(max = 64)
    String entityType;

    @QueryParam("action")
    @Pattern(regexp = "(?i)CREATE|UPDATE|DELETE", message = "must be one of CREATE, UPDATE, DELETE")
    String action;

    /** The filter these parameters describe; 400 naming every parameter that makes no sense. */
    AuditFilter filter() {
        List<Problem.FieldError> errors = new ArrayList<>();
        Instant start = instant("from", from, false, errors);
        Instant until = instant("to", to, true, errors);
        if (start != null && until != null && !start.isBefore(until)) {
            errors.add(new Problem.FieldError("to", "must not be before from"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new AuditFilter(start, until, blankToNull(actor), blankToNull(entityType),
                action == null ? null : AuditAction.valueOf(action.toUpperCase(Locale.ROOT)));
    }

    /**
     * The instant a bound names. The upper bound is returned exclusive: the day after a date, or a
     * microsecond (the database's precision) after a date-time.
     */
    private static Instant instant(String field, String text, boolean upper, List<Problem.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.strip().length() == 10) {
                LocalDate day = LocalDate.parse(text.strip());
                return VietnamCalendar.startOf(upper ? day.plusDays(1) : day);
            }
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text.strip(),
                    OffsetDateTime::from, LocalDateTime::from);
            Instant at = parsed instanceof OffsetDateTime offset ? offset.toInstant()
                    : ((LocalDateTime) parsed).atZone(VietnamCalendar.ZONE).toInstant();
            at = at.truncatedTo(ChronoUnit.MICROS);
            return upper ? at.plus(1, ChronoUnit.MICROS) : at;
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, WHEN));
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
