package vn.sohoa.platform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sohoa.platform.indicators.domain.Aggregate;
import vn.sohoa.platform.indicators.domain.IndicatorKind;
import vn.sohoa.platform.indicators.domain.TenantAggregation;

/**
 * Open data: the approved aggregates of a public data set for a tenant at commune level or above, served
 * without login. No tenant is entered for such a request; the database functions {@code open_data_set} and
 * {@code open_data_values} decide what is public, and return aggregates only, never a form or a person.
 */
@ApplicationScoped
public class OpenData {

    /** Under which terms the figures are published. */
    public static final String LICENCE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)";

    /** An indicator of the data set: what its figures mean. */
    public record Column(String code, String name, String unit, IndicatorKind kind, TenantAggregation acrossTenants) {}

    /** One approved figure of a period; {@code reported} is how many units' approved forms it sums up. */
    public record Row(String period, String indicatorCode, String unit, BigDecimal value, BigDecimal numerator,
                      BigDecimal denominator, long reported) {}

    /** The data set with its metadata and figures, by period then indicator. */
    public record Published(String title, String tenantCode, String tenantName, String dataSetCode,
                            String periodType, String source, String licence, Instant lastUpdated,
                            List<Column> indicators, List<Row> values) {}

    @Inject
    EntityManager em;

    /** The published figures, or empty when there is nothing public under these codes (a 404 for the caller). */
    @Transactional
    public Optional<Published> of(String tenantCode, String dataSetCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> definition = em.createNativeQuery("select data_set_id, data_set_name, period_type, owner_code, "
                        + "indicator_code, indicator_name, unit, kind, across_tenants from open_data_set(:root, :set)")
                .setParameter("root", tenantCode).setParameter("set", dataSetCode).getResultList();
        if (definition.isEmpty()) {
            return Optional.empty();
        }
        long setId = ((Number) definition.getFirst()[0]).longValue();
        List<Column> columns = definition.stream().map(row -> new Column((String) row[4], (String) row[5],
                (String) row[6], IndicatorKind.valueOf((String) row[7]), TenantAggregation.valueOf((String) row[8])))
                .toList();
        String tenantName = (String) em.createNativeQuery("select name from tenant where code = :code")
                .setParameter("code", tenantCode).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> aggregates = em.createNativeQuery("select period, indicator_code, tenants, value_sum, value_min, "
                        + "value_max, numerator_sum, denominator_sum, yes_count, last_approved "
                        + "from open_data_values(:root, :set)")
                .setParameter("root", tenantCode).setParameter("set", setId).getResultList();
        List<Row> rows = new ArrayList<>();
        Instant lastUpdated = null;
        for (Object[] row : aggregates) {
            Column column = columns.stream().filter(c -> c.code().equals(row[1])).findFirst().orElse(null);
            if (column == null) {
                continue;
            }
            Aggregate aggregate = ApprovedAggregates.aggregate(row, 2);
            Aggregate.Figure figure = aggregate.figure(column.kind(), column.acrossTenants());
            rows.add(new Row((String) row[0], column.code(), column.unit(), figure.value(), figure.numerator(),
                    figure.denominator(), aggregate.tenants()));
            Instant approved = SqlInstants.of(row[9]);
            lastUpdated = lastUpdated == null || approved.isAfter(lastUpdated) ? approved : lastUpdated;
        }
        Object[] first = definition.getFirst();
        return Optional.of(new Published((String) first[1] + " — " + tenantName, tenantCode, tenantName, dataSetCode,
                (String) first[2], "Sohoa: báo cáo đã được cấp trên phê duyệt, tổng hợp từ " + first[3], LICENCE,
                lastUpdated, columns, rows));
    }

}
