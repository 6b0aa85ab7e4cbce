package vn.sohoa.platform.files;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.problem.ProblemType;

/** The file formats a table is exported in and imported from. */
public enum TableFormat {
    CSV("text/csv", "csv"),
    XLSX(TableFormat.XLSX_MEDIA_TYPE, "xlsx");

    /** The media type of an Excel workbook, for {@code @Produces} and {@code @Consumes}. */
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;
    private final String extension;

    TableFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The content type of a file of this format as the server sends it: CSV with its character set. */
    public String contentType() {
        return this == CSV ? mediaType + "; charset=UTF-8" : mediaType;
    }

    /** The file-name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format named {@code csv} or {@code xlsx} (in any case), if it is one. */
    public static Optional<TableFormat> named(String name) {
        return Arrays.stream(values()).filter(format -> format.extension.equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The format of an uploaded file from its content type.
     *
     * @throws ProblemException 415 for another type, or for CSV in a character set other than UTF-8
     */
    public static TableFormat ofUpload(MediaType type) {
        String bare = type == null ? "" : (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        TableFormat format = Arrays.stream(values()).filter(candidate -> candidate.mediaType.equals(bare)).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "Send the file as text/csv or as " + XLSX_MEDIA_TYPE + "."));
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (format == CSV && charset != null && !charset.equalsIgnoreCase(StandardCharsets.UTF_8.name())) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Send the file as UTF-8 (text/csv; charset=UTF-8), not " + charset + ".");
        }
        return format;
    }
}
