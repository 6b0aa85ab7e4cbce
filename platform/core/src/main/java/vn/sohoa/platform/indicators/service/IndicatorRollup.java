package vn.sohoa.platform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.sohoa.platform.indicators.domain.Aggregate;
import vn.sohoa.platform.indicators.domain.DataSet;
import vn.sohoa.platform.indicators.domain.ReportPeriod;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * The approved figures of a data set for a period over the current tenant and everything below it, merged
 * predecessors included once, each indicator by its own rule across tenants.
 */
@ApplicationScoped
public class IndicatorRollup {

    /**
     * One indicator's rolled-up figure.
     *
     * @param reported how many tenants' approved forms it comes from
     * @param expected how many tenants of the subtree owe the form
     */
    public record Value(String indicatorCode, String name, String unit, BigDecimal value, BigDecimal numerator,
                        BigDecimal denominator, long reported, long expected) {}

    /**
     * A roll-up.
     *
     * @param tenants  tenants it spans, predecessors included
     * @param expected tenants that owe the form for the period
     */
    public record Rollup(String tenantCode, String dataSetCode, String period, long tenants, long expected,
                         List<Value> values) {}

    @Inject
    EntityManager em;

    @Inject
    TenantGate gate;

    @Inject
    DataSetService dataSets;

    @Inject
    ApprovedAggregates aggregates;

    /**
     * The roll-up of data set {@code dataSetCode} for {@code periodText} at the current tenant.
     *
     * @throws vn.sohoa.platform.problem.ProblemException 404 for an unknown data set, 400 naming a period that
     *                                                    does not fit it
     */
    @Transactional
    public Rollup of(String dataSetCode, String periodText) {
        DataSet dataSet = dataSets.existing(dataSetCode);
        ReportPeriod period = dataSet.period(periodText);
        String root = gate.here().code();
        Map<String, Aggregate> byCode = aggregates.of(root, dataSet.id(), List.of(period.label()))
                .getOrDefault(period.label(), Map.of());
        long tenants = count("select count(*) from tenant_rollup(:root)", root, null, null);
        long expected = count("select count(*) from report_states(:root, :set, :period)", root, dataSet.id(),
                period.label());
        List<Value> values = dataSets.indicatorsOf(dataSet).stream().map(indicator -> {
            Aggregate aggregate = byCode.get(indicator.code());
            if (aggregate == null) {
                return new Value(indicator.code(), indicator.name(), indicator.unit(), null, null, null, 0, expected);
            }
            Aggregate.Figure figure = aggregate.figure(indicator);
            return new Value(indicator.code(), indicator.name(), indicator.unit(), figure.value(), figure.numerator(),
                    figure.denominator(), aggregate.tenants(), expected);
        }).toList();
        return new Rollup(root, dataSet.code(), period.label(), tenants, expected, values);
    }

    private long count(String sql, String root, Long dataSetId, String period) {
        var query = em.createNativeQuery(sql).setParameter("root", root);
        if (dataSetId != null) {
            query.setParameter("set", dataSetId).setParameter("period", period);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
