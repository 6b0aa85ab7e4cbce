package vn.sohoa.platform.files;

import java.util.Locale;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.problem.ProblemType;

/**
 * The 413 answers to a file larger than its upload takes, or holding more than {@link ImportLimits} allow,
 * each naming its limit.
 */
public final class FileTooLarge {

    private FileTooLarge() {
    }

    static ProblemException rows(int maxRows) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The file has more than "
                + String.format(Locale.ROOT, "%,d", maxRows)
                + " data rows, the most one import takes (sohoa.imports.max-rows); split it into smaller files."
                + " Nothing was imported.");
    }

    static ProblemException unpacked(long maxBytes) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The workbook unpacks to more than "
                + maxBytes / (1024 * 1024) + " MB, the most one import takes (sohoa.imports.max-unpacked-size);"
                + " split it into smaller files. Nothing was imported.");
    }

    /** A file of more than {@code maxBytes}, the most its upload takes; nothing was stored. */
    public static ProblemException upload(long maxBytes) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The file is larger than " + size(maxBytes)
                + ", the most this upload takes. Nothing was stored.");
    }

    /**
     * A document (a zip archive) whose parts unpack to more than {@code maxBytes} before they show what it
     * is; nothing was stored.
     */
    public static ProblemException uploadUnpacked(long maxBytes) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The document unpacks to more than "
                + size(maxBytes) + " (sohoa.imports.max-unpacked-size) before its content shows what it is."
                + " Nothing was stored.");
    }

    /** A limit as a person reads it: "10 MB", "512 KB", or "1,500,000 bytes" when it is no round number. */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%,d bytes", bytes);
    }
}
