package vn.sohoa.platform.files;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much work one import file may cause. The upload itself is capped by
 * {@code quarkus.http.limits.max-body-size}; these cap what the file holds, which a compressed workbook
 * can make far larger than its upload.
 */
@ConfigMapping(prefix = "sohoa.imports")
public interface ImportLimits {

    /** The most data rows one file may have; a longer file is refused (413) before any row is checked. */
    @WithDefault("100000")
    int maxRows();

    /**
     * The most an XLSX workbook may unpack to, all its parts together; a larger one (a "zip bomb" among
     * them) is refused (413) before its sheet is read. Unpacking is counted, not trusted from the file.
     */
    @WithDefault("100M")
    MemorySize maxUnpackedSize();

    /**
     * How many records and how many problems an answer lists; its counts cover them all. A preview of a
     * long file stays small, and so does the refusal of a wrong one.
     */
    @WithDefault("100")
    int listed();

    /**
     * How many background imports run at once on one node; while they do, another is refused with "busy,
     * try again" rather than queued without end.
     */
    @WithDefault("2")
    int concurrent();
}
