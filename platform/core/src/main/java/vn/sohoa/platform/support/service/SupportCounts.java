package vn.sohoa.platform.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.tenancy.service.TenantGate;

/** Counts of the current tenant's support log for its team page: by category, and week by week. */
@ApplicationScoped
public class SupportCounts {

    /** How many records and how many people one category had. */
    public record CategoryCount(String category, long records, long people) {}

    /** How many records and how many people the week starting on {@code monday} had. */
    public record WeekCount(LocalDate monday, long records, long people) {}

    @Inject
    EntityManager em;

    @Inject
    TenantGate gate;

    /** Records and people per category of the records matching {@code query}, most people first. */
    @Transactional
    public List<CategoryCount> byCategory(SupportLogQuery query) {
        return query.on(em, "select l.facts.categoryCode, count(l), sum(l.facts.peopleCount) from SupportLog l",
                        " group by l.facts.categoryCode order by 3 desc, 1", Object[].class).getResultStream()
                .map(row -> new CategoryCount((String) row[0], (Long) row[1], ((Number) row[2]).longValue())).toList();
    }

    /**
     * Records and people per calendar week (Monday to Sunday in Vietnam) in {@code [from, to)}, of one team
     * when {@code teamId} is not null; a week without records counts zero, so a trend shows the gap.
     */
    @Transactional
    public List<WeekCount> weekly(Instant from, Instant to, Long teamId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select cast(date_trunc('week', occurred_at at time zone 'Asia/Ho_Chi_Minh') as date) as week,
                               count(*), sum(people_count)
                        from support_log
                        where tenant_id = :tenant and deleted_at is null and occurred_at >= :from and occurred_at < :to
                          and (cast(:team as bigint) is null or team_id = :team)
                        group by week order by week""")
                .setParameter("tenant", gate.here().code()).setParameter("from", from)
                .setParameter("to", to).setParameter("team", teamId).getResultList();
        Map<LocalDate, WeekCount> counted = rows.stream().map(row -> new WeekCount(week(row[0]),
                ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                .collect(Collectors.toMap(WeekCount::monday, Function.identity()));
        LocalDate last = VietnamCalendar.mondayOf(VietnamCalendar.dayOf(to.minusNanos(1)));
        return Stream.iterate(VietnamCalendar.mondayOf(VietnamCalendar.dayOf(from)), monday -> !monday.isAfter(last),
                monday -> monday.plusWeeks(1)).map(monday -> counted.getOrDefault(monday, new WeekCount(monday, 0, 0)))
                .toList();
    }

    private static LocalDate week(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
