package vn.sohoa.platform.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.sohoa.platform.indicators.domain.DataSet;
import vn.sohoa.platform.indicators.domain.ReportPeriod;
import vn.sohoa.platform.indicators.service.DataSetService;
import vn.sohoa.platform.indicators.service.ReportCompleteness;
import vn.sohoa.platform.indicators.service.TargetService;
import vn.sohoa.platform.monitoring.domain.ChildFigure;
import vn.sohoa.platform.monitoring.domain.ReportFigures;
import vn.sohoa.platform.monitoring.domain.ReportFigures.DataSetFigure;
import vn.sohoa.platform.monitoring.domain.ReportFigures.TargetFigure;

/**
 * Periodic reports: for every data set the tenant sees, the completeness and timeliness of the forms its live
 * units owe for the period being reported — the last one that ended by the dashboard's day, whose forms are being
 * collected — as the indicators feature counts them; and the tenant's targets of that day's year against the
 * approved figures. Ranks children on {@code completeness}: forms submitted over forms owed, all data sets together.
 */
@ApplicationScoped
class ReportsSection implements DashboardSection<ReportFigures> {

    @Inject
    EntityManager em;

    @Inject
    DataSetService dataSets;

    @Inject
    ReportCompleteness completeness;

    @Inject
    TargetService targets;

    @Override
    public String name() {
        return "reports";
    }

    @Override
    public String title(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? "Báo cáo định kỳ" : "Periodic reports";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public ReportFigures figures(DashboardQuery query) {
        LocalDate day = query.period().stateDay(query.today());
        List<DataSetFigure> figures = new ArrayList<>();
        for (DataSet dataSet : dataSets.visible()) {
            ReportCompleteness.Completeness board = completeness.of(dataSet.code(), reported(dataSet, day).label());
            if (board.expected() > 0) {
                figures.add(new DataSetFigure(dataSet.code(), dataSet.name(), board.period(), board.dueDate(),
                        board.expected(), board.submitted(), board.onTime(), board.late(), board.approved()));
            }
        }
        List<TargetFigure> aims = targets.list(day.getYear()).stream().map(target -> new TargetFigure(
                target.indicatorCode(), target.name(), target.unit(), target.year(), target.target(), target.actual(),
                target.progress())).toList();
        return new ReportFigures(figures, aims);
    }

    @Override
    public List<String> metrics() {
        return List.of("completeness");
    }

    @Override
    public Map<String, ChildFigure> children(String metric, DashboardQuery query) {
        LocalDate day = query.period().stateDay(query.today());
        Map<String, long[]> sums = new HashMap<>();
        for (DataSet dataSet : dataSets.visible()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select branch, expected, submitted "
                            + "from report_completeness(:root, :set, :period)")
                    .setParameter("root", query.tenantCode()).setParameter("set", dataSet.id())
                    .setParameter("period", reported(dataSet, day).label()).getResultList();
            for (Object[] row : rows) {
                long[] sum = sums.computeIfAbsent((String) row[0], code -> new long[2]);
                sum[0] += CoverageSection.number(row[1]);
                sum[1] += CoverageSection.number(row[2]);
            }
        }
        Map<String, ChildFigure> children = new HashMap<>();
        sums.forEach((code, sum) -> children.put(code, ChildFigure.share(sum[1], sum[0])));
        return children;
    }

    @Override
    public ChildFigure none(String metric) {
        return ChildFigure.share(0, 0);
    }

    @Override
    public void report(ReportFigures figures, ReportSheet sheet) {
        sheet.row(List.of(sheet.say("Bộ số liệu", "Data set"), sheet.say("Kỳ", "Period"), sheet.say("Hạn nộp", "Due"),
                sheet.say("Phải nộp", "Owed"), sheet.say("Đã nộp", "Submitted"), sheet.say("Đúng hạn", "On time"),
                sheet.say("Trễ hạn", "Late"), sheet.say("Đầy đủ (%)", "Complete (%)"),
                sheet.say("Đúng hạn (%)", "On time (%)")));
        figures.dataSets().forEach(d -> sheet.row(Arrays.asList(d.name(), d.period(), d.dueDate(), d.expected(),
                d.submitted(), d.onTime(), d.late(), d.completeness(), d.timeliness())));
        sheet.row(Arrays.asList(sheet.say("Tổng", "Total"), null, null, figures.expected(), figures.submitted(),
                figures.onTime(), null, figures.completeness(), figures.timeliness()));
        sheet.gap();
        sheet.row(List.of(sheet.say("Chỉ tiêu chính", "Key indicator"), sheet.say("Năm", "Year"),
                sheet.say("Mục tiêu", "Target"), sheet.say("Thực hiện", "Actual"), sheet.say("Đạt (%)", "Reached (%)")));
        figures.targets().forEach(t -> sheet.row(Arrays.asList(t.name() + (t.unit() == null ? "" : " (" + t.unit() + ")"),
                String.valueOf(t.year()), t.target(), t.actual(),
                t.progress() == null ? null : t.progress().movePointRight(2))));
    }

    /** The last period of the data set that ended before {@code day}'s period began. */
    static ReportPeriod reported(DataSet dataSet, LocalDate day) {
        ReportPeriod current = ReportPeriod.containing(day, dataSet.periodType(), dataSet.window());
        return ReportPeriod.containing(current.first().minusDays(1), dataSet.periodType(), dataSet.window());
    }
}
