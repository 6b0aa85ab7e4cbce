package vn.sohoa.platform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

    /**
     * The aggregates of the period ({@code indicator_rollup}, from the running totals) beside how many tenants the
     * roll-up spans (merged predecessors included) and how many of them owe the form (the live tenants of an
     * assigned kind below both root and the data set's owner, as {@code report_states} lists them, counted from
     * the registry without reading a form): one statement, one round trip.
     */
    private static final String ROLLUP = """
            select c.tenants, c.expected, r.period, r.indicator_code, r.tenants, r.value_sum, r.value_min, r.value_max,
                   r.numerator_sum, r.denominator_sum, r.yes_count
            from (select (select count(*) from tenant_rollup(:root)) as tenants,
                         (select count(*) from tenant t join tenant top on top.code = :root
                          join tenant o on o.code = :owner
                          where t.path <@ top.path and t.path <@ o.path and t.status = 'ACTIVE'
                            and t.kind = any (cast(:kinds as varchar[]))) as expected) c
            left join indicator_rollup(:root, :set, cast(:periods as varchar[])) r on true""";

    @Inject
    EntityManager em;

    @Inject
    TenantGate gate;

    @Inject
    DataSetService dataSets;

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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ROLLUP).setParameter("root", root)
                .setParameter("owner", dataSet.tenantCode())
                .setParameter("kinds", dataSet.assignedKinds().stream().map(Enum::name).toArray(String[]::new))
                .setParameter("set", dataSet.id()).setParameter("periods", new String[] {period.label()})
                .getResultList();
        long tenants = ((Number) rows.getFirst()[0]).longValue();
        long expected = ((Number) rows.getFirst()[1]).longValue();
        Map<String, Aggregate> byCode = rows.stream().filter(row -> row[2] != null)
                .collect(Collectors.toMap(row -> (String) row[3], row -> ApprovedAggregates.aggregate(row, 4)));
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
}
