package vn.sohoa.platform.support.service;

import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.files.TableReader.Line;
import vn.sohoa.platform.problem.Problem.FieldError;
import vn.sohoa.platform.support.domain.AgeBand;
import vn.sohoa.platform.support.domain.Channel;
import vn.sohoa.platform.support.domain.Gender;
import vn.sohoa.platform.support.domain.Outcome;

/**
 * Reads one line of an import file ({@link SupportLogColumns#IMPORTED}) as the request a POST would send,
 * and validates it with the request's own constraints. Every cell that cannot be read is a problem with its
 * line and column; an empty cell is an absent field.
 */
final class SupportLogLine {

    private final Line line;
    private final List<FieldError> problems = new ArrayList<>();

    private SupportLogLine(Line line) {
        this.line = line;
    }

    /** The request of the line, or null after adding its problems to {@code problems}. */
    static SupportLogRequest read(Line line, Validator validator, List<FieldError> problems) {
        SupportLogLine reading = new SupportLogLine(line);
        SupportLogRequest request = reading.request();
        if (reading.problems.isEmpty()) {
            validator.validate(request).forEach(violation -> reading.problems.add(
                    new FieldError(line.number(), violation.getPropertyPath().toString(), violation.getMessage())));
        }
        problems.addAll(reading.problems);
        return reading.problems.isEmpty() ? request : null;
    }

    private SupportLogRequest request() {
        return new SupportLogRequest(cell("occurredAt", SupportLogLine::time), text("unitCode"),
                cell("teamId", Long::valueOf), cell("memberId", Long::valueOf), text("categoryCode"),
                choice("channel", Channel.class), cell("peopleCount", Integer::valueOf), choice("ageBand", AgeBand.class),
                choice("gender", Gender.class), cell("durationMinutes", Integer::valueOf),
                choice("outcome", Outcome.class), text("note"), null);
    }

    /** A date-time with its offset, or a local one (as a spreadsheet gives it) in Vietnam time. */
    private static OffsetDateTime time(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text).atZone(VietnamCalendar.ZONE).toOffsetDateTime();
        }
    }

    private String text(String column) {
        String cell = line.cells().get(SupportLogColumns.IMPORTED.indexOf(column));
        return cell.isEmpty() ? null : cell;
    }

    private <T> T cell(String column, Function<String, T> parse) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            problems.add(new FieldError(line.number(), column, "cannot be read: \"" + text + "\" is not "
                    + (column.equals("occurredAt") ? "a date-time such as 2026-11-22T08:30:00+07:00" : "a whole number")));
            return null;
        }
    }

    private <E extends Enum<E>> E choice(String column, Class<E> type) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldError(line.number(), column, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }
}
