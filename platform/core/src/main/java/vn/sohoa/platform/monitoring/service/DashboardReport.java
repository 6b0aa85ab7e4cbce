package vn.sohoa.platform.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.monitoring.domain.Dashboard;
import vn.sohoa.platform.monitoring.domain.Ranking;

/**
 * "Báo cáo tình hình chuyển đổi số": a tenant's dashboard as an XLSX workbook, built from the same figures as the
 * page and the API — an overview sheet, one sheet per section (written by the section) and the ranking of the
 * children on every metric.
 */
@ApplicationScoped
public class DashboardReport {

    @Inject
    Dashboards dashboards;

    /** The file name of the report, e.g. {@code bao-cao-cds-93-2026-03-01-2026-03-31.xlsx}. */
    public static String fileName(Dashboard dashboard, String extension) {
        return "bao-cao-cds-" + dashboard.getTenant().code() + "-" + dashboard.getFrom() + "-" + dashboard.getTo()
                + "." + extension;
    }

    /** Writes the report of a dashboard with the rankings of its children on every metric ({@link Dashboards#rankings}). */
    public void write(Dashboard dashboard, Map<String, Ranking> rankings, Locale locale, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, "Sohoa", "1.0");
        Sheet overview = new Sheet(workbook.newWorksheet(say(locale, "Tổng quan", "Overview")), locale);
        overview.row(List.of(say(locale, "Báo cáo tình hình chuyển đổi số", "Digital transformation report")));
        overview(dashboard, overview);
        for (DashboardSection<?> section : dashboards.sections()) {
            section(section, dashboard, new Sheet(workbook.newWorksheet(section.title(locale)), locale));
        }
        ranking(rankings, new Sheet(workbook.newWorksheet(say(locale, "Xếp hạng đơn vị con", "Children ranking")), locale));
        workbook.finish();
    }

    /** The tenant, the periods and the as-of time. */
    static void overview(Dashboard dashboard, ReportSheet sheet) {
        sheet.row(List.of(sheet.say("Đơn vị", "Tenant"), dashboard.getTenant().code(), dashboard.getTenant().name()));
        sheet.row(List.of(sheet.say("Kỳ báo cáo", "Period"), dashboard.getFrom(), dashboard.getTo()));
        sheet.row(List.of(sheet.say("Kỳ trước", "Previous period"), dashboard.getPreviousFrom(), dashboard.getPreviousTo()));
        sheet.row(List.of(sheet.say("Số liệu tính đến", "Figures as of"),
                VietnamCalendar.DAY_TIME.format(dashboard.getAsOf())));
    }

    /** The rows of one section, written by the section itself. */
    @SuppressWarnings("unchecked")
    static <F> void section(DashboardSection<F> section, Dashboard dashboard, ReportSheet sheet) {
        section.report((F) dashboard.sections().get(section.name()), sheet);
    }

    /** The children with their value on every metric, in the order of the first metric's ranking. */
    static void ranking(Map<String, Ranking> rankings, ReportSheet sheet) {
        List<Object> header = new ArrayList<>(List.of(sheet.say("Mã", "Code"), sheet.say("Đơn vị", "Name")));
        header.addAll(rankings.keySet());
        sheet.row(header);
        Ranking first = rankings.values().iterator().next();
        for (Ranking.Item child : first.items()) {
            List<Object> row = new ArrayList<>(List.of(child.code(), child.name()));
            rankings.values().forEach(r -> row.add(r.items().stream().filter(i -> i.code().equals(child.code()))
                    .findFirst().map(Ranking.Item::value).orElse(null)));
            sheet.row(row);
        }
    }

    private static String say(Locale locale, String vi, String en) {
        return "vi".equals(locale.getLanguage()) ? vi : en;
    }

    /** A worksheet filled row by row; dates as Vietnamese documents write them. */
    private static final class Sheet implements ReportSheet {

        private final Worksheet sheet;
        private final Locale locale;
        private int row;

        Sheet(Worksheet sheet, Locale locale) {
            this.sheet = sheet;
            this.locale = locale;
        }

        @Override
        public Locale locale() {
            return locale;
        }

        @Override
        public void row(List<?> cells) {
            for (int column = 0; column < cells.size(); column++) {
                switch (cells.get(column)) {
                    case null -> { }
                    case Number number -> sheet.value(row, column, number);
                    case LocalDate day -> sheet.inlineString(row, column, VietnamCalendar.DAY.format(day));
                    case Object text -> sheet.inlineString(row, column, text.toString());
                }
            }
            row++;
        }
    }
}
