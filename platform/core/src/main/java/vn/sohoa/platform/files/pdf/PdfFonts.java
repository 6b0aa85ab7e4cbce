package vn.sohoa.platform.files.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Noto Sans (SIL Open Font License 1.1, {@code OFL.txt} beside the fonts), which covers every Vietnamese
 * letter with its tone marks as one precomposed glyph. The standard 14 PDF fonts cover none of them, and a
 * font left to the reader's device would print "Nguyễn" differently, or not at all, on each phone. Only the
 * glyphs a document uses are embedded (a subset), so a one-page certificate stays a few tens of kilobytes.
 */
public final class PdfFonts {

    private static final String REGULAR = "NotoSans-Regular.ttf";
    private static final String BOLD = "NotoSans-Bold.ttf";

    private PdfFonts() {
    }

    /** The regular face, embedded in {@code document}. A font belongs to one document: load it for each. */
    public static PDFont regular(PDDocument document) {
        return load(document, REGULAR);
    }

    /** The bold face, embedded in {@code document}. */
    public static PDFont bold(PDDocument document) {
        return load(document, BOLD);
    }

    /**
     * {@code text} as the font can show it: composed (NFC), since a name typed on a phone may arrive as a
     * letter followed by combining marks, and with a character the font has no glyph for (an emoji in a
     * name) replaced by "?" rather than failing the whole document.
     */
    public static String printable(PDFont font, String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder shown = new StringBuilder(composed.length());
        composed.codePoints().forEach(codePoint -> shown.append(shows(font, codePoint)
                ? Character.toString(codePoint) : "?"));
        return shown.toString();
    }

    private static boolean shows(PDFont font, int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException noGlyph) {
            return false;
        }
    }

    private static PDFont load(PDDocument document, String name) {
        try (InputStream font = PdfFonts.class.getResourceAsStream(name)) {
            if (font == null) {
                throw new IllegalStateException("The font " + name + " is missing from the application");
            }
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + name + " could not be read", e);
        }
    }
}
