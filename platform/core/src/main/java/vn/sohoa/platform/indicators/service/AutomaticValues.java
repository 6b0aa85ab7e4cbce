package vn.sohoa.platform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.indicators.domain.EnteredValue;
import vn.sohoa.platform.indicators.domain.Indicator;
import vn.sohoa.platform.indicators.domain.ReportPeriod;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * The values Sohoa knows for the current tenant and a period, from its teams, support log, training and
 * pilots: teams and members active on the period's last day (today while the period runs), the share of
 * hamlets and residential groups with an active team, support records from the tally and people helped over
 * the period's days, the share of team members trained on that day (see {@link IndicatorSource}), and pilots
 * under way or recognised on it, from the days their steps took effect. Only the tenant's own records count: a commune merged into
 * it keeps its records, which reach the roll-ups once through the forms it approved ({@code tenant_rollup}).
 * Each statement names the tenant as well, beside row-level security.
 */
@ApplicationScoped
public class AutomaticValues {

    private static final String ACTIVE_MEMBER = "m.tenant_id = t.tenant_id and m.team_id = t.id "
            + "and m.start_date <= :day and (m.end_date is null or m.end_date > :day)";

    /** The member's account completed a course by the day, and no course assigned to it by then is left open. */
    private static final String TRAINED = "m.user_subject is not null and exists (select 1 from enrolment e "
            + "where e.tenant_id = m.tenant_id and e.user_subject = m.user_subject and e.completed_on <= :day) "
            + "and not exists (select 1 from enrolment e where e.tenant_id = m.tenant_id "
            + "and e.user_subject = m.user_subject and e.assigned and e.enrolled_at < :until "
            + "and (e.completed_on is null or e.completed_on > :day))";

    /** The pilot's state at the end of the day is that of its last step in effect by then. */
    private static final String STATE_ON_DAY = "(select s.to_status from pilot_transition s where s.tenant_id = "
            + "p.tenant_id and s.pilot_id = p.id and s.effective_on <= :day order by s.effective_on desc, s.id desc limit 1)";

    @Inject
    EntityManager em;

    @Inject
    TenantGate tenants;

    @Inject
    Clock clock;

    /** The computed value of each indicator that has a source, by code. */
    @Transactional
    public Map<String, EnteredValue> of(List<Indicator> indicators, ReportPeriod period) {
        String tenant = tenants.here().code();
        LocalDate today = VietnamCalendar.today(clock);
        LocalDate day = period.last().isBefore(today) ? period.last() : today;
        Map<String, EnteredValue> values = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            if (indicator.source() != null) {
                values.put(indicator.code(), compute(indicator, tenant, period, day));
            }
        }
        return values;
    }

    private EnteredValue compute(Indicator indicator, String tenant, ReportPeriod period, LocalDate day) {
        String code = indicator.code();
        return switch (indicator.source()) {
            case ACTIVE_TEAMS -> number(code, count("select count(*) from team t where t.tenant_id = :tenant "
                    + "and exists (select 1 from team_member m where " + ACTIVE_MEMBER + ")", tenant, day));
            case ACTIVE_TEAM_MEMBERS -> number(code, count("select count(*) from team t join team_member m on "
                    + ACTIVE_MEMBER + " where t.tenant_id = :tenant", tenant, day));
            case HAMLETS_COVERED -> {
                String hamlets = "select count(*) from unit u where u.tenant_id = :tenant "
                        + "and u.type in ('HAMLET', 'RESIDENTIAL_GROUP')";
                long covered = count(hamlets + " and exists (select 1 from team t join team_member m on " + ACTIVE_MEMBER
                        + " where t.tenant_id = u.tenant_id and t.unit_code = u.code)", tenant, day);
                long all = count(hamlets, tenant, null);
                yield share(code, covered, all);
            }
            case TEAM_MEMBERS_TRAINED -> {
                String members = "select count(*) from team t join team_member m on " + ACTIVE_MEMBER
                        + " where t.tenant_id = :tenant";
                yield share(code, count(members + " and " + TRAINED, tenant, day), count(members, tenant, day));
            }
            case PILOTS_RUNNING -> number(code, count("select count(*) from pilot p where p.tenant_id = :tenant and "
                    + STATE_ON_DAY + " in ('RUNNING', 'REVIEWED')", tenant, day));
            case PILOTS_RECOGNISED -> number(code, count("select count(*) from pilot p where p.tenant_id = :tenant "
                    + "and p.recognised and exists (select 1 from pilot_transition s where s.tenant_id = p.tenant_id "
                    + "and s.pilot_id = p.id and s.action = 'EVALUATE' and s.effective_on <= :day)", tenant, day));
            case SUPPORT_ACTS -> number(code, support("select coalesce(sum(s.records), 0) from support_tally s "
                    + "where s.tenant_id = :tenant and s.day between :first and :last", indicator, tenant, period));
            case PEOPLE_HELPED -> number(code, support("select coalesce(sum(s.people_count), 0) from support_log s "
                    + "where s.tenant_id = :tenant and s.deleted_at is null "
                    + "and s.occurred_at >= :from and s.occurred_at < :until", indicator, tenant, period));
        };
    }

    /** Runs a count; {@code :day} and {@code :until} (the start of the next day in Vietnam) where used. */
    private long count(String sql, String tenant, LocalDate day) {
        var query = em.createNativeQuery(sql).setParameter("tenant", tenant);
        if (sql.contains(":day")) {
            query.setParameter("day", day);
        }
        if (sql.contains(":until")) {
            query.setParameter("until", VietnamCalendar.startOf(day.plusDays(1)));
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private long support(String sql, Indicator indicator, String tenant, ReportPeriod period) {
        boolean byCategory = indicator.sourceCategory() != null;
        var query = em.createNativeQuery(sql + (byCategory ? " and s.category_code = :category" : ""))
                .setParameter("tenant", tenant);
        if (sql.contains(":first")) {
            query.setParameter("first", period.first()).setParameter("last", period.last());
        } else {
            query.setParameter("from", VietnamCalendar.startOf(period.first()))
                    .setParameter("until", VietnamCalendar.startOf(period.last().plusDays(1)));
        }
        if (byCategory) {
            query.setParameter("category", indicator.sourceCategory());
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static EnteredValue share(String code, long numerator, long denominator) {
        return new EnteredValue(code, null, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), null, null);
    }

    private static EnteredValue number(String code, long value) {
        return new EnteredValue(code, BigDecimal.valueOf(value), null, null, null, null);
    }
}
