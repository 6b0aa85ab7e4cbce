package vn.sohoa.platform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.sohoa.platform.files.pdf.PdfFonts;

/**
 * A data set for a period as a PDF report in Vietnamese over the current tenant's subtree: each indicator's
 * approved roll-up with how many units it comes from, then completeness and timeliness and the units still
 * missing. Written in Noto Sans ({@link PdfFonts}), so every tone mark prints on any device.
 */
@ApplicationScoped
public class ReportPdf {

    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float LEADING = 14;

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
        try (PDDocument document = new PDDocument()) {
            print(document, lines);
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Line(boolean heading, String text) {}

    private static String shown(IndicatorRollup.Value value) {
        if (value.value() == null) {
            return "chưa có";
        }
        return value.value().setScale(value.value().stripTrailingZeros().scale() > 0 ? 2 : 0, RoundingMode.HALF_UP)
                .toPlainString().replace('.', ',');
    }

    private static void print(PDDocument document, List<Line> lines) throws IOException {
        PDFont regular = PdfFonts.regular(document);
        PDFont bold = PdfFonts.bold(document);
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        PDPageContentStream page = null;
        float y = 0;
        try {
            for (Line line : lines) {
                PDFont font = line.heading() ? bold : regular;
                for (String piece : wrap(font, PdfFonts.printable(font, line.text()), width)) {
                    if (page == null || y < MARGIN) {
                        if (page != null) {
                            page.close();
                        }
                        PDPage next = new PDPage(PDRectangle.A4);
                        document.addPage(next);
                        page = new PDPageContentStream(document, next);
                        y = PDRectangle.A4.getHeight() - MARGIN;
                    }
                    page.beginText();
                    page.setFont(font, line.heading() ? SIZE + 2 : SIZE);
                    page.newLineAtOffset(MARGIN, y);
                    page.showText(piece);
                    page.endText();
                    y -= line.heading() ? LEADING * 1.6f : LEADING;
                }
            }
        } finally {
            if (page != null) {
                page.close();
            }
        }
    }

    private static List<String> wrap(PDFont font, String text, float width) throws IOException {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = current.isEmpty() ? word : current + " " + word;
            if (font.getStringWidth(tried) / 1000 * SIZE > width && !current.isEmpty()) {
                pieces.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(tried);
            }
        }
        pieces.add(current.toString());
        return pieces;
    }
}
