package vn.sohoa.platform.support.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A filter of the support log; null parts do not filter. {@code from} is inclusive, {@code to}
 * exclusive; {@code authorSubject} keeps the records one person logged.
 */
public record SupportLogQuery(Instant from, Instant to, String unitCode, String categoryCode, Long memberId,
                              Long teamId, String authorSubject) {

    /** Every live record of the tenant. */
    public static SupportLogQuery all() {
        return new SupportLogQuery(null, null, null, null, null, null, null);
    }

    /** Records in a period, of one team when {@code teamId} is not null. */
    public static SupportLogQuery between(Instant from, Instant to, Long teamId) {
        return new SupportLogQuery(from, to, null, null, null, teamId, null);
    }

    /** This filter over another period; the other parts stay. */
    SupportLogQuery during(Instant periodFrom, Instant periodTo) {
        return new SupportLogQuery(periodFrom, periodTo, unitCode, categoryCode, memberId, teamId, authorSubject);
    }

    /** Whether the tally can count what this filter keeps: it knows days, sub-units and categories only. */
    boolean tallied() {
        return memberId == null && teamId == null && authorSubject == null;
    }

    /** {@code select}, this filter and {@code order}, as a query on {@code SupportLog l}. */
    <T> TypedQuery<T> on(EntityManager em, String select, String order, Class<T> type) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = where(where);
        TypedQuery<T> typed = em.createQuery(select + where + order, type);
        parameters.forEach(typed::setParameter);
        return typed;
    }

    /** The JPQL condition on {@code SupportLog l}, live records only, with its parameters. */
    private Map<String, Object> where(StringBuilder where) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        where.append(" where l.deletedAt is null");
        filter(where, parameters, "l.facts.occurredAt >= :from", "from", from);
        filter(where, parameters, "l.facts.occurredAt < :to", "to", to);
        filter(where, parameters, "l.facts.unitCode = :unit", "unit", unitCode);
        filter(where, parameters, "l.facts.categoryCode = :category", "category", categoryCode);
        filter(where, parameters, "l.facts.memberId = :member", "member", memberId);
        filter(where, parameters, "l.facts.teamId = :team", "team", teamId);
        filter(where, parameters, "l.authorSubject = :author", "author", authorSubject);
        return parameters;
    }

    /** Appends {@code condition} with its parameter unless {@code value} is null. */
    static void filter(StringBuilder where, Map<String, Object> parameters, String condition, String name,
                               Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }
}
