package vn.sohoa.platform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.sohoa.platform.indicators.service.PdfLines.Line;

/**
 * A data set for a period as a PDF report in Vietnamese over the current tenant's subtree: each indicator's
 * approved roll-up with how many units it comes from, then completeness and timeliness and the units still
 * missing. Written in Noto Sans ({@link PdfLines}), so every tone mark prints on any device.
 */
@ApplicationScoped
public class ReportPdf {

    @Inject
    IndicatorRollup rollup;

    @Inject
    ReportCompleteness completeness;

    @Inject
    DataSetService dataSets;

    /**
     * Writes the report of {@code dataSetCode} for {@code periodText} to {@code out}.
     *
     * @throws vn.sohoa.platform.problem.ProblemException 404 for an unknown data set, 400 naming a period that
     *                                                    does not fit it
     */
    @Transactional
    public void write(String dataSetCode, String periodText, OutputStream out) {
        IndicatorRollup.Rollup figures = rollup.of(dataSetCode, periodText);
        ReportCompleteness.Completeness board = completeness.of(dataSetCode, periodText);
        String title = dataSets.existing(dataSetCode).name();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(true, title));
        lines.add(new Line(false, "Đơn vị: " + figures.tenantCode() + " và các đơn vị trực thuộc (" + figures.tenants()
                + " đơn vị, kể cả đơn vị đã sáp nhập) — Kỳ báo cáo: " + figures.period() + " — Hạn nộp: "
                + board.dueDate().format(vn.sohoa.platform.calendar.VietnamCalendar.DAY)));
        lines.add(new Line(true, "Số liệu tổng hợp đã được phê duyệt"));
        for (IndicatorRollup.Value value : figures.values()) {
            lines.add(new Line(false, value.indicatorCode() + "  " + value.name() + ": " + shown(value) + " "
                    + value.unit() + "  (" + value.reported() + "/" + value.expected() + " đơn vị đã được duyệt)"));
        }
        lines.add(new Line(true, "Tình hình nộp báo cáo"));
        lines.add(new Line(false, "Phải nộp: " + board.expected() + " — Đã nộp: " + board.submitted() + " — Đúng hạn: "
                + board.onTime() + " — Trễ hạn: " + board.late() + " — Đã duyệt: " + board.approved()));
        lines.add(new Line(false, "Chưa nộp: " + (board.missing().isEmpty() ? "không có" : String.join(", ",
                board.units().stream().filter(unit -> !unit.submitted())
                        .map(unit -> unit.tenantName() + " (" + unit.tenantCode() + ")").toList()))));
        PdfLines.write(lines, out);
    }

    private static String shown(IndicatorRollup.Value value) {
        if (value.value() == null) {
            return "chưa có";
        }
        return value.value().setScale(value.value().stripTrailingZeros().scale() > 0 ? 2 : 0, RoundingMode.HALF_UP)
                .toPlainString().replace('.', ',');
    }
}
