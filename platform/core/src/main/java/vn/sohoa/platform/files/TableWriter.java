package vn.sohoa.platform.files;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a table row by row to a stream, holding no more than a few rows: an export of any length runs in
 * constant memory. Cells are text, numbers or null (empty).
 */
public interface TableWriter extends AutoCloseable {

    /** Writes one row. */
    void row(List<?> cells);

    /** Ends the file; the stream stays open. */
    @Override
    void close() throws IOException;

    /** A writer of {@code format} on {@code stream}, starting with the {@code header} row. */
    static TableWriter of(TableFormat format, OutputStream stream, String sheetName, List<String> header) {
        TableWriter writer = switch (format) {
            case CSV -> new CsvTableWriter(stream, false);
            case XLSX -> new XlsxTableWriter(stream, sheetName);
        };
        writer.row(header);
        return writer;
    }
}
