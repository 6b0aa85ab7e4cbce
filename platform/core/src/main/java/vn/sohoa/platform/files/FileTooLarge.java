package vn.sohoa.platform.files;

import java.util.Locale;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.problem.ProblemType;

/** The 413 answers to a file that holds more than {@link ImportLimits} allow, each naming its limit. */
final class FileTooLarge {

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
}
