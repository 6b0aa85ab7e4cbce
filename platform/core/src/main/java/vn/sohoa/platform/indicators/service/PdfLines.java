package vn.sohoa.platform.indicators.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.sohoa.platform.files.pdf.PdfFonts;

/**
 * A report's PDF as headings and paragraphs on A4 pages, wrapped at the margins, in Noto Sans ({@link PdfFonts}) so
 * every Vietnamese tone mark prints on any device. The reports of this feature are text, not page layouts.
 */
final class PdfLines {

    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float LEADING = 14;

    /** A heading (bold, larger) or a paragraph. */
    record Line(boolean heading, String text) {}

    private PdfLines() {
    }

    /** Writes {@code lines} as a PDF document to {@code out}. */
    static void write(List<Line> lines, OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            print(document, lines);
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
