package vn.sohoa.platform.files.store;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import vn.sohoa.platform.files.TableFormat;

/** The kinds of file Sohoa keeps, each recognised by its content. */
public enum FileKind {
    PDF("application/pdf", "pdf", "PDF"),
    JPEG("image/jpeg", "jpg", "JPEG"),
    PNG("image/png", "png", "PNG"),
    XLSX(TableFormat.XLSX_MEDIA_TYPE, "xlsx", "XLSX (Excel)"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "DOCX (Word)");

    private final String mediaType;
    private final String extension;
    private final String label;

    FileKind(String mediaType, String extension, String label) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
    }

    /** The media type a download of this kind is sent with. */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file-name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** What a person calls a file of this kind, for the answer that refuses one. */
    String label() {
        return label;
    }

    /** The kinds named for a person, in this enum's order: "PDF, JPEG or PNG". */
    static String listed(Collection<FileKind> kinds) {
        String[] labels = kinds.stream().sorted().map(FileKind::label).toArray(String[]::new);
        if (labels.length <= 1) {
            return String.join("", labels);
        }
        return Arrays.stream(labels, 0, labels.length - 1).collect(Collectors.joining(", "))
                + " or " + labels[labels.length - 1];
    }
}
