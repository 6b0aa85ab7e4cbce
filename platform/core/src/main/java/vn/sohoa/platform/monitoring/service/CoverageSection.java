package vn.sohoa.platform.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.sohoa.platform.monitoring.domain.ChildFigure;
import vn.sohoa.platform.monitoring.domain.CoverageFigures;
import vn.sohoa.platform.monitoring.domain.CoverageFigures.Hamlet;

/**
 * Coverage: hamlets and residential groups with a community team that someone is in, over all of them, on the
 * period's last day (today while the period runs) and on the previous period's last day; teams and members; the
 * first hamlets without a team. Counts live tenants only: a merged commune's hamlets were copied to its successor.
 * Ranks children on {@code coverage} (covered ÷ hamlets).
 */
@ApplicationScoped
class CoverageSection implements DashboardSection<CoverageFigures> {

    /** Hamlets without a team listed on a dashboard; the total says how many there are. */
    static final int LISTED = 100;

    @Inject
    EntityManager em;

    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public String title(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? "Bao phủ" : "Coverage";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public CoverageFigures figures(DashboardQuery query) {
        LocalDate day = query.period().stateDay(query.today());
        LocalDate previousDay = query.previous().stateDay(query.today());
        long[] now = totals(query.tenantCode(), day);
        long[] before = totals(query.tenantCode(), previousDay);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select tenant_code, tenant_name, unit_code, unit_name "
                        + "from uncovered_hamlets(:root, :day, :max)")
                .setParameter("root", query.tenantCode()).setParameter("day", day).setParameter("max", LISTED)
                .getResultList();
        List<Hamlet> without = rows.stream()
                .map(row -> new Hamlet((String) row[0], (String) row[1], (String) row[2], (String) row[3])).toList();
        return new CoverageFigures(day, now[0], now[1], now[2], now[3], previousDay, before[0], before[1], before[2],
                before[3], now[0] - now[1], without);
    }

    @Override
    public List<String> metrics() {
        return List.of("coverage");
    }

    @Override
    public Map<String, ChildFigure> children(String metric, DashboardQuery query) {
        Map<String, ChildFigure> children = new HashMap<>();
        for (Object[] row : rows(query.tenantCode(), query.period().stateDay(query.today()), true)) {
            children.put((String) row[0], ChildFigure.share(number(row[2]), number(row[1])));
        }
        return children;
    }

    @Override
    public ChildFigure none(String metric) {
        return ChildFigure.share(0, 0);
    }

    @Override
    public void report(CoverageFigures figures, ReportSheet sheet) {
        sheet.row(List.of(sheet.say("Chỉ tiêu", "Figure"), sheet.say("Kỳ này", "This period"),
                sheet.say("Kỳ trước", "Previous period")));
        sheet.row(row(sheet.say("Ngày tính", "As of day"), figures.asOfDay(), figures.previousDay()));
        sheet.row(row(sheet.say("Thôn, ấp, tổ dân phố", "Hamlets"), figures.hamlets(), figures.previousHamlets()));
        sheet.row(row(sheet.say("Có tổ công nghệ số cộng đồng", "With a community team"), figures.covered(),
                figures.previousCovered()));
        sheet.row(row(sheet.say("Tỷ lệ bao phủ (%)", "Coverage (%)"), figures.rate(), figures.previousRate()));
        sheet.row(row(sheet.say("Tổ đang hoạt động", "Active teams"), figures.teams(), figures.previousTeams()));
        sheet.row(row(sheet.say("Thành viên", "Members"), figures.members(), figures.previousMembers()));
        sheet.gap();
        sheet.row(List.of(sheet.say("Thôn chưa có tổ", "Hamlets without a team"), figures.withoutTeamTotal()));
        sheet.row(List.of(sheet.say("Mã đơn vị", "Tenant"), sheet.say("Đơn vị", "Name"),
                sheet.say("Mã thôn", "Hamlet"), sheet.say("Tên thôn", "Hamlet name")));
        figures.withoutTeam().forEach(hamlet -> sheet.row(List.of(hamlet.tenantCode(), hamlet.tenantName(),
                hamlet.unitCode(), hamlet.unitName())));
    }

    /** Hamlets, covered, teams, members. */
    private long[] totals(String root, LocalDate day) {
        List<Object[]> rows = rows(root, day, false);
        if (rows.isEmpty()) {
            return new long[4];
        }
        Object[] row = rows.getFirst();
        return new long[] {number(row[1]), number(row[2]), number(row[3]), number(row[4])};
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String root, LocalDate day, boolean byChild) {
        return em.createNativeQuery("select branch, hamlets, covered, teams, members from coverage_rollup(:root, :day, :byChild)")
                .setParameter("root", root).setParameter("day", day).setParameter("byChild", byChild).getResultList();
    }

    private static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell);
        }
        return row;
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
