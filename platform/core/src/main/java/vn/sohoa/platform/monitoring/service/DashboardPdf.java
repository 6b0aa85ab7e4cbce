package vn.sohoa.platform.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.files.pdf.PdfFonts;
import vn.sohoa.platform.monitoring.domain.Dashboard;
import vn.sohoa.platform.monitoring.domain.Ranking;

/**
 * "Báo cáo tình hình chuyển đổi số" as a PDF in Noto Sans: the same overview, section tables (written by each
 * section through {@link ReportSheet}, as for the workbook; the weekly trend is its table) and children ranking as
 * the XLSX report, page after page of A4.
 */
@ApplicationScoped
public class DashboardPdf {

    @Inject
    Dashboards dashboards;

    /** Writes the report of a dashboard with the rankings of its children on every metric ({@link Dashboards#rankings}). */
    public void write(Dashboard dashboard, Map<String, Ranking> rankings, Locale locale, OutputStream out)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            Pages pages = new Pages(document, locale);
            pages.heading(pages.say("Báo cáo tình hình chuyển đổi số", "Digital transformation report"), 16);
            DashboardReport.overview(dashboard, pages);
            for (DashboardSection<?> section : dashboards.sections()) {
                pages.heading(section.title(locale), 13);
                DashboardReport.section(section, dashboard, pages);
            }
            pages.heading(pages.say("Xếp hạng đơn vị con", "Children ranking"), 13);
            DashboardReport.ranking(rankings, pages);
            pages.close();
            document.save(out);
        }
    }

    /** A4 pages filled line by line; a row's cells share the width, the first cell taking more. */
    private static final class Pages implements ReportSheet {

        private static final float MARGIN = 40;
        private static final float SIZE = 9;
        private static final float LINE = 13;
        /** 1.234,5, as the page writes numbers. */
        private static final DecimalFormatSymbols VIETNAMESE_NUMBERS = DecimalFormatSymbols.getInstance(Locale.of("vi", "VN"));

        private final PDDocument document;
        private final Locale locale;
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream content;
        private float y;

        Pages(PDDocument document, Locale locale) {
            this.document = document;
            this.locale = locale;
            this.regular = PdfFonts.regular(document);
            this.bold = PdfFonts.bold(document);
        }

        @Override
        public Locale locale() {
            return locale;
        }

        void heading(String text, float size) {
            room(size * 2);
            y -= size * 0.8f;
            show(bold, size, MARGIN, text);
            y -= size * 0.9f;
        }

        @Override
        public void row(List<?> cells) {
            room(LINE);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            float first = cells.size() <= 1 ? width : width * 0.4f;
            float other = cells.size() <= 1 ? 0 : (width - first) / (cells.size() - 1);
            for (int i = 0; i < cells.size(); i++) {
                float x = MARGIN + (i == 0 ? 0 : first + (i - 1) * other);
                show(regular, SIZE, x, fit(text(cells.get(i)), i == 0 ? first : other));
            }
            y -= LINE;
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
            }
        }

        private void room(float needed) {
            try {
                if (content == null || y - needed < MARGIN) {
                    if (content != null) {
                        content.close();
                    }
                    PDPage page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    content = new PDPageContentStream(document, page);
                    y = PDRectangle.A4.getHeight() - MARGIN;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void show(PDFont font, float size, float x, String text) {
            try {
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(x, y);
                content.showText(PdfFonts.printable(font, text));
                content.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String fit(String text, float width) {
            String shown = PdfFonts.printable(regular, text);
            try {
                while (!shown.isEmpty() && regular.getStringWidth(shown) / 1000 * SIZE > width - 4) {
                    shown = shown.substring(0, shown.length() - 1);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return shown;
        }

        private static String text(Object cell) {
            return switch (cell) {
                case null -> "";
                case LocalDate day -> VietnamCalendar.DAY.format(day);
                case Number number -> new DecimalFormat("#,##0.#", VIETNAMESE_NUMBERS).format(number);
                case Object other -> other.toString();
            };
        }
    }
}
