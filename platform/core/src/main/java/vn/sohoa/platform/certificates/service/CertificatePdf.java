package vn.sohoa.platform.certificates.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.certificates.domain.CertificateStatus;
import vn.sohoa.platform.files.pdf.PdfFonts;

/**
 * The printable certificate: one landscape A4 page, Vietnamese first with English beneath, carrying the
 * holder's name, the course, the issuing tenant, the day of issue, the serial and a QR code of the public
 * verification address. It is made on request from the stored row, so a name or layout never goes stale in
 * a stored file, and a revoked certificate says so on the page too.
 */
@ApplicationScoped
public class CertificatePdf {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 56;
    private static final float QR_SIZE = 112;
    private static final float[] INK = {0.08f, 0.23f, 0.32f};
    private static final float[] MUTED = {0.38f, 0.42f, 0.46f};

    /** The certificate as PDF bytes; {@code verifyAt} is the address its QR code opens. */
    public byte[] render(HeldCertificate certificate, URI verifyAt) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle("Chứng nhận hoàn thành " + certificate.serial());
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            Writer writer = new Writer(PdfFonts.regular(document), PdfFonts.bold(document));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                writer.draw(content, certificate, verifyAt);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate " + certificate.serial() + " could not be written", e);
        }
    }

    private record Writer(PDFont regular, PDFont bold) {

        void draw(PDPageContentStream content, HeldCertificate certificate, URI verifyAt) throws IOException {
            float width = PAGE.getWidth();
            content.setStrokingColor(INK[0], INK[1], INK[2]);
            content.setLineWidth(2.5f);
            content.addRect(24, 24, width - 48, PAGE.getHeight() - 48);
            content.stroke();

            centred(content, regular, 14, 515, certificate.issuerName().toUpperCase(Locale.ROOT), INK);
            centred(content, bold, 30, 455, "CHỨNG NHẬN HOÀN THÀNH", INK);
            centred(content, regular, 13, 432, "Certificate of completion", MUTED);
            centred(content, regular, 13, 392, "Chứng nhận / This certifies that", MUTED);
            centred(content, bold, 28, 352, certificate.holderName(), INK);
            centred(content, regular, 13, 318, "đã hoàn thành khóa học / has completed the course", MUTED);
            float y = 284;
            for (String line : wrapped(bold, 18, certificate.courseTitle(), width - 2 * MARGIN - 2 * QR_SIZE)) {
                centred(content, bold, 18, y, line, INK);
                y -= 24;
            }
            if (certificate.status() == CertificateStatus.REVOKED) {
                centred(content, bold, 16, y - 6, "ĐÃ THU HỒI / REVOKED", new float[] {0.7f, 0.1f, 0.1f});
            }

            text(content, regular, 11, MARGIN, 132, "Ngày cấp / Date of issue: "
                    + VietnamCalendar.DAY.format(certificate.issuedOn()), INK);
            text(content, regular, 11, MARGIN, 112, "Số hiệu / Serial: " + certificate.serial(), INK);
            text(content, regular, 9, MARGIN, 92, "Kiểm tra tại / Verify at: " + verifyAt, MUTED);

            float qrX = width - MARGIN - QR_SIZE;
            content.setNonStrokingColor(0f, 0f, 0f);
            QrCode.draw(content, verifyAt.toString(), qrX, 64, QR_SIZE);
            text(content, regular, 8, qrX, 52, "Quét để kiểm tra / Scan to verify", MUTED);
        }

        private void centred(PDPageContentStream content, PDFont font, float size, float y, String text, float[] colour)
                throws IOException {
            String shown = PdfFonts.printable(font, text);
            float x = (PAGE.getWidth() - font.getStringWidth(shown) / 1000 * size) / 2;
            text(content, font, size, x, y, shown, colour);
        }

        private void text(PDPageContentStream content, PDFont font, float size, float x, float y, String text,
                          float[] colour) throws IOException {
            content.beginText();
            content.setNonStrokingColor(colour[0], colour[1], colour[2]);
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(PdfFonts.printable(font, text));
            content.endText();
        }

        /** At most two lines of {@code width} points, the second cut with an ellipsis when the title is longer. */
        private static List<String> wrapped(PDFont font, float size, String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : PdfFonts.printable(font, text).split("\\s+")) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(longer) / 1000 * size <= width || line.isEmpty()) {
                    line.setLength(0);
                    line.append(longer);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
            if (lines.size() > 2) {
                return List.of(lines.get(0), lines.get(1) + " …");
            }
            return lines;
        }
    }
}
