package vn.sohoa.platform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sohoa.platform.indicators.domain.Aggregate;

/**
 * The approved values of a roll-up summed up by the database ({@code indicator_rollup}): a tenant's subtree
 * today plus every tenant merged into it, each once, read from the approved values kept as forms are approved,
 * never from the forms. Callers run inside a transaction of the tenant entered.
 */
@ApplicationScoped
class ApprovedAggregates {

    @Inject
    EntityManager em;

    /** By period, then by indicator code, for the roll-up of {@code root}. */
    Map<String, Map<String, Aggregate>> of(String root, long dataSetId, List<String> periods) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select period, indicator_code, tenants, value_sum, value_min, "
                        + "value_max, numerator_sum, denominator_sum, yes_count from indicator_rollup(:root, :set, "
                        + "cast(:periods as varchar[]))")
                .setParameter("root", root).setParameter("set", dataSetId)
                .setParameter("periods", periods.toArray(String[]::new)).getResultList();
        Map<String, Map<String, Aggregate>> byPeriod = new HashMap<>();
        for (Object[] row : rows) {
            byPeriod.computeIfAbsent((String) row[0], period -> new HashMap<>()).put((String) row[1], aggregate(row, 2));
        }
        return byPeriod;
    }

    /** The aggregate in the nine-column shape of the roll-up functions, starting at column {@code from}. */
    static Aggregate aggregate(Object[] row, int from) {
        return new Aggregate(((Number) row[from]).longValue(), (BigDecimal) row[from + 1], (BigDecimal) row[from + 2],
                (BigDecimal) row[from + 3], (BigDecimal) row[from + 4], (BigDecimal) row[from + 5],
                ((Number) row[from + 6]).longValue());
    }
}
