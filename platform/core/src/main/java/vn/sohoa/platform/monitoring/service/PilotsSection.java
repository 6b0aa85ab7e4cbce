package vn.sohoa.platform.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.sohoa.platform.monitoring.domain.ChildFigure;
import vn.sohoa.platform.monitoring.domain.PilotFigures;
import vn.sohoa.platform.monitoring.domain.PilotFigures.Count;
import vn.sohoa.platform.monitoring.domain.PilotFigures.Replica;
import vn.sohoa.platform.pilots.domain.PilotStatus;

/**
 * Pilot models: every pilot of the subtree by stage and by field, the recognised ones, the replicas and the newest
 * replicas with the KPIs that reached their target; a merged commune's pilots count in its successor. Ranks
 * children on {@code pilots}: the pilots past their draft (proposed or further), replicas included.
 */
@ApplicationScoped
class PilotsSection implements DashboardSection<PilotFigures> {

    /** Replicas listed on a dashboard, newest first; the replica count says how many there are. */
    static final int LISTED = 50;

    @Inject
    EntityManager em;

    @Override
    public String name() {
        return "pilots";
    }

    @Override
    public String title(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? "Mô hình thí điểm" : "Pilot models";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public PilotFigures figures(DashboardQuery query) {
        Map<String, Long> byStage = new TreeMap<>(Comparator.comparing(PilotStatus::valueOf));
        Map<String, Long> byField = new TreeMap<>();
        long pilots = 0;
        long recognised = 0;
        long replicas = 0;
        for (Object[] row : rows(query.tenantCode(), false)) {
            long count = CoverageSection.number(row[5]);
            byStage.merge((String) row[1], count, Long::sum);
            byField.merge((String) row[2], count, Long::sum);
            pilots += count;
            recognised += Boolean.TRUE.equals(row[3]) ? count : 0;
            replicas += Boolean.TRUE.equals(row[4]) ? count : 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> newest = em.createNativeQuery("select tenant_code, tenant_name, pilot_id, name, status, "
                        + "source_tenant, kpis_reached, kpis from replica_progress(:root, :max)")
                .setParameter("root", query.tenantCode()).setParameter("max", LISTED).getResultList();
        return new PilotFigures(pilots, recognised, replicas, counts(byStage), counts(byField),
                newest.stream().map(row -> new Replica((String) row[0], (String) row[1], CoverageSection.number(row[2]),
                        (String) row[3], (String) row[4], (String) row[5], (int) CoverageSection.number(row[6]),
                        (int) CoverageSection.number(row[7]))).toList());
    }

    @Override
    public List<String> metrics() {
        return List.of("pilots");
    }

    @Override
    public Map<String, ChildFigure> children(String metric, DashboardQuery query) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : rows(query.tenantCode(), true)) {
            if (!PilotStatus.DRAFT.name().equals(row[1])) {
                counts.merge((String) row[0], CoverageSection.number(row[5]), Long::sum);
            }
        }
        Map<String, ChildFigure> children = new HashMap<>();
        counts.forEach((code, count) -> children.put(code, ChildFigure.count(count)));
        return children;
    }

    @Override
    public ChildFigure none(String metric) {
        return ChildFigure.count(0);
    }

    @Override
    public void report(PilotFigures figures, ReportSheet sheet) {
        sheet.row(List.of(sheet.say("Mô hình thí điểm", "Pilot models"), figures.pilots()));
        sheet.row(List.of(sheet.say("Được công nhận", "Recognised"), figures.recognised()));
        sheet.row(List.of(sheet.say("Nhân rộng", "Replicas"), figures.replicas()));
        sheet.gap();
        sheet.row(List.of(sheet.say("Giai đoạn", "Stage"), sheet.say("Số mô hình", "Pilots")));
        figures.byStage().forEach(count -> sheet.row(List.of(count.key(), count.pilots())));
        sheet.gap();
        sheet.row(List.of(sheet.say("Lĩnh vực", "Field"), sheet.say("Số mô hình", "Pilots")));
        figures.byField().forEach(count -> sheet.row(List.of(count.key(), count.pilots())));
        sheet.gap();
        sheet.row(List.of(sheet.say("Đơn vị nhân rộng", "Replicating unit"), sheet.say("Mô hình", "Pilot"),
                sheet.say("Trạng thái", "Status"), sheet.say("Đơn vị gốc", "Source unit"),
                sheet.say("KPI đạt", "KPIs reached"), sheet.say("Số KPI", "KPIs")));
        figures.newestReplicas().forEach(r -> sheet.row(List.of(r.tenantName(), r.name(), r.status(), r.sourceTenant(),
                r.kpisReached(), r.kpis())));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String root, boolean byChild) {
        return em.createNativeQuery("select branch, status, field, recognised, replica, pilots from pilot_rollup(:root, :byChild)")
                .setParameter("root", root).setParameter("byChild", byChild).getResultList();
    }

    private static List<Count> counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(entry -> new Count(entry.getKey(), entry.getValue())).toList();
    }
}
