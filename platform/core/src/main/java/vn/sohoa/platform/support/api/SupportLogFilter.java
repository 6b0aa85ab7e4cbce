package vn.sohoa.platform.support.api;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.support.service.SupportLogQuery;
import vn.sohoa.platform.validation.Code;

/**
 * The {@code ?from&to&unit&category&member} filter of the support log. {@code from} and {@code to} are ISO
 * dates (a whole day in Vietnam, {@code to} included) or date-times ({@code to} excluded).
 */
public class SupportLogFilter {

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("unit")
    @Pattern(regexp = Code.PATTERN, message = "must be a sub-unit code")
    String unit;

    @QueryParam("category")
    @Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}", message = "must be a support category code")
    String category;

    @QueryParam("member")
    @Pattern(regexp = "\\d{1,18}", message = "must be a team member id")
    String member;

    SupportLogQuery query() {
        return new SupportLogQuery(instant("from", from, false), instant("to", to, true), unit, category,
                member == null ? null : Long.valueOf(member), null, null);
    }

    private static Instant instant(String name, String text, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return VietnamCalendar.startOf(endOfDay ? day.plusDays(1) : day);
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an ISO-8601 date (2026-11-22) or date-time "
                    + "(2026-11-22T08:30:00+07:00)");
        }
    }
}
