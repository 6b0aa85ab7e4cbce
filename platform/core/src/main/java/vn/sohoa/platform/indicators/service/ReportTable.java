package vn.sohoa.platform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.indicators.domain.DataSet;
import vn.sohoa.platform.indicators.domain.Indicator;
import vn.sohoa.platform.indicators.domain.IndicatorKind;
import vn.sohoa.platform.indicators.domain.ReportPeriod;
import vn.sohoa.platform.indicators.domain.ReportState;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * A data set for a period as a table for export: a row per unit of the current tenant's subtree that owes the
 * form (its state and its approved figures; a percentage as a percentage), then the subtree's roll-up. A
 * tenant merged into one of them keeps its approved figures of the period, which the roll-up counts once: its
 * row follows its successor's, named as merged into it and since when, so the rows add up to the total.
 */
@ApplicationScoped
public class ReportTable {

    /** The table: a header row, then rows of text and numbers (empty cells are null). */
    public record Table(String title, List<String> header, List<List<Object>> rows) {}

    @Inject
    EntityManager em;

    @Inject
    TenantGate gate;

    @Inject
    DataSetService dataSets;

    @Inject
    ReportCompleteness completeness;

    @Inject
    IndicatorRollup rollup;

    @Inject
    MergedTenants mergedTenants;

    /**
     * The table of {@code dataSetCode} for {@code periodText} over the current tenant's subtree.
     *
     * @throws vn.sohoa.platform.problem.ProblemException 404 for an unknown data set, 400 naming a period that
     *                                                    does not fit it
     */
    @Transactional
    public Table of(String dataSetCode, String periodText) {
        DataSet dataSet = dataSets.existing(dataSetCode);
        ReportPeriod period = dataSet.period(periodText);
        List<Indicator> indicators = dataSets.indicatorsOf(dataSet);
        List<String> header = new ArrayList<>(List.of("Mã đơn vị", "Đơn vị", "Trạng thái"));
        indicators.forEach(indicator -> header.add(indicator.code() + " " + indicator.name() + " (" + indicator.unit() + ")"));
        Map<String, Map<String, Object>> approved = approved(dataSet, period, indicators);
        List<List<Object>> rows = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        Map<String, List<MergedTenants.Merged>> merged = mergedTenants.of(approved.keySet());
        for (ReportCompleteness.Unit unit : completeness.of(dataSetCode, periodText).units()) {
            rows.add(row(unit.tenantCode(), unit.tenantName(), unit.state() == null ? "MISSING" : unit.state().name(),
                    approved, indicators));
            listed.add(unit.tenantCode());
            addMerged(unit.tenantCode(), merged, approved, indicators, rows, listed);
        }
        // Approved figures of tenants that owe no form now (an ended tenant whose successor owes none, a kind no
        // longer assigned): the roll-up counts them, so they are listed too.
        approved.keySet().stream().filter(code -> !listed.contains(code)).sorted().forEach(code -> {
            rows.add(row(code, mergedTenants.name(code), ReportState.APPROVED.name(), approved, indicators));
            listed.add(code);
            addMerged(code, merged, approved, indicators, rows, listed);
        });
        IndicatorRollup.Rollup total = rollup.of(dataSetCode, periodText);
        List<Object> totals = new ArrayList<>(List.of(total.tenantCode(), "Tổng (đã duyệt)", total.tenants() + " đơn vị"));
        total.values().forEach(value -> totals.add(value.value()));
        rows.add(totals);
        return new Table(dataSet.name() + " — " + period.label(), header, rows);
    }

    /** The rows of the tenants merged into {@code successor}, each followed by those merged into it. */
    private void addMerged(String successor, Map<String, List<MergedTenants.Merged>> merged,
                           Map<String, Map<String, Object>> approved, List<Indicator> indicators, List<List<Object>> rows,
                           Set<String> listed) {
        for (MergedTenants.Merged predecessor : merged.getOrDefault(successor, List.of())) {
            if (listed.add(predecessor.code())) {
                rows.add(row(predecessor.code(), predecessor.name() + " (đã sáp nhập vào " + successor + " từ "
                        + VietnamCalendar.DAY.format(predecessor.since()) + ")", ReportState.APPROVED.name(), approved,
                        indicators));
                addMerged(predecessor.code(), merged, approved, indicators, rows, listed);
            }
        }
    }

    private static List<Object> row(String code, String name, String state, Map<String, Map<String, Object>> approved,
                                    List<Indicator> indicators) {
        List<Object> row = new ArrayList<>(List.of(code, name, state));
        Map<String, Object> values = approved.getOrDefault(code, Map.of());
        indicators.forEach(indicator -> row.add(values.get(indicator.code())));
        return row;
    }

    private Map<String, Map<String, Object>> approved(DataSet dataSet, ReportPeriod period, List<Indicator> indicators) {
        Map<String, IndicatorKind> kinds = new HashMap<>();
        indicators.forEach(indicator -> kinds.put(indicator.code(), indicator.kind()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select tenant_code, indicator_code, value, numerator, denominator, yes "
                        + "from approved_values(:root, :set, :period)")
                .setParameter("root", gate.here().code()).setParameter("set", dataSet.id())
                .setParameter("period", period.label()).getResultList();
        Map<String, Map<String, Object>> byTenant = new HashMap<>();
        for (Object[] row : rows) {
            IndicatorKind kind = kinds.get((String) row[1]);
            if (kind == null) {
                continue;
            }
            Object cell = switch (kind) {
                case NUMBER -> row[2];
                case PERCENT -> row[4] == null || ((BigDecimal) row[4]).signum() == 0 ? null
                        : ((BigDecimal) row[3]).multiply(BigDecimal.valueOf(100))
                        .divide((BigDecimal) row[4], 2, java.math.RoundingMode.HALF_UP);
                case YES_NO -> row[5] == null ? null : ((Boolean) row[5] ? "Có" : "Không");
            };
            byTenant.computeIfAbsent((String) row[0], code -> new HashMap<>()).put((String) row[1], cell);
        }
        return byTenant;
    }
}
