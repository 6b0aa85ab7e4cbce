package vn.sohoa.platform.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.sohoa.platform.calendar.VietnamCalendar;

/**
 * How many live records match a filter, exactly, without counting a million records. What the tally knows
 * (days in Vietnam, sub-units, categories) is added up from {@code support_tally} for the whole days of the
 * period; the records of the partial days at its ends are counted one by one. A filter on a member, team
 * or author, which the tally does not know, counts the records.
 */
@ApplicationScoped
class SupportLogCount {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    long of(SupportLogQuery query) {
        LocalDate firstDay = query.from() == null ? null : firstWholeDay(query.from());
        LocalDate endDay = query.to() == null ? null : VietnamCalendar.dayOf(query.to());
        if (!query.tallied() || firstDay != null && endDay != null && !firstDay.isBefore(endDay)) {
            return records(query);
        }
        long total = tally(query, firstDay, endDay);
        if (firstDay != null) {
            total += records(query.during(query.from(), VietnamCalendar.startOf(firstDay)));
        }
        if (endDay != null) {
            total += records(query.during(VietnamCalendar.startOf(endDay), query.to()));
        }
        return total;
    }

    private long records(SupportLogQuery query) {
        if (query.from() != null && query.from().equals(query.to())) {
            return 0;
        }
        return query.on(em, "select count(l) from SupportLog l", "", Long.class).getSingleResult();
    }

    /** The tallied records of the days in {@code [firstDay, endDay)}; a null bound is open. */
    private long tally(SupportLogQuery query, LocalDate firstDay, LocalDate endDay) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        SupportLogQuery.filter(where, parameters, "t.day >= :first", "first", firstDay);
        SupportLogQuery.filter(where, parameters, "t.day < :end", "end", endDay);
        SupportLogQuery.filter(where, parameters, "t.unitCode = :unit", "unit", query.unitCode());
        SupportLogQuery.filter(where, parameters, "t.categoryCode = :category", "category", query.categoryCode());
        TypedQuery<Long> sum = em.createQuery("select coalesce(sum(t.records), 0L) from SupportTally t" + where,
                Long.class);
        parameters.forEach(sum::setParameter);
        return sum.getSingleResult();
    }

    /** The first day in Vietnam that starts at or after {@code from}. */
    private static LocalDate firstWholeDay(Instant from) {
        LocalDate day = VietnamCalendar.dayOf(from);
        return VietnamCalendar.startOf(day).equals(from) ? day : day.plusDays(1);
    }
}
