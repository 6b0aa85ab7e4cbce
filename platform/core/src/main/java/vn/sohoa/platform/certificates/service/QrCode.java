package vn.sohoa.platform.certificates.service;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code drawn into a PDF as filled squares, one run of dark modules per rectangle: sharp at any zoom or
 * print size, and no image to encode. Medium error correction survives a creased or smudged printout.
 */
final class QrCode {

    private QrCode() {
    }

    /** Draws {@code text} as a QR code of {@code size} points whose lower left corner is at ({@code x}, {@code y}). */
    static void draw(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
        BitMatrix modules = encode(text);
        float module = size / modules.getWidth();
        for (int row = 0; row < modules.getHeight(); row++) {
            int column = 0;
            while (column < modules.getWidth()) {
                if (!modules.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < modules.getWidth() && modules.get(column, row)) {
                    column++;
                }
                content.addRect(x + start * module, y + size - (row + 1) * module, (column - start) * module, module);
            }
        }
        content.fill();
    }

    private static BitMatrix encode(String text) {
        try {
            // Width and height 0: one matrix cell per module; the page around the code is its quiet zone.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code of " + text.length() + " characters", e);
        }
    }
}
