package vn.sohoa.platform.support.service;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.support.domain.SupportFacts;
import vn.sohoa.platform.support.domain.SupportLog;

/**
 * The support log as a table. An import has the fields of a new record (those of a POST), an export the
 * fields of a record as the API returns it, under the same names, so an export is read like the API.
 */
public final class SupportLogColumns {

    /** The columns of an import file: the fields of a POST. */
    public static final List<String> IMPORTED = List.of("occurredAt", "unitCode", "teamId", "memberId",
            "categoryCode", "channel", "peopleCount", "ageBand", "gender", "durationMinutes", "outcome", "note");

    /** The columns of an export: the fields of a record in the API, in the same order. */
    public static final List<String> EXPORTED;

    static {
        List<String> exported = new ArrayList<>(List.of("id"));
        exported.addAll(IMPORTED);
        exported.addAll(List.of("author", "createdAt", "version"));
        EXPORTED = List.copyOf(exported);
    }

    /**
     * Times in Vietnam time with their offset ({@code 2026-11-22T08:30:00+07:00}): what people there read,
     * and still one exact instant, which an import reads back unchanged.
     */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME
            .withZone(VietnamCalendar.ZONE);

    private SupportLogColumns() {
    }

    /** The cells of a record in the order of {@link #EXPORTED}: numbers as numbers, the rest as text or null. */
    static List<Object> cells(SupportLog log) {
        SupportFacts facts = log.facts();
        return Arrays.asList(log.id(), time(facts.occurredAt()), facts.unitCode(), facts.teamId(), facts.memberId(),
                facts.categoryCode(), facts.channel().name(), facts.peopleCount(), name(facts.ageBand()),
                name(facts.gender()), facts.durationMinutes(), facts.outcome().name(), facts.note(),
                log.authorUsername(), time(log.createdAt()), log.version());
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
