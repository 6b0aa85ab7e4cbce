package vn.sohoa.platform.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A table as CSV (RFC 4180) in UTF-8: every cell quoted, lines ended by CRLF. */
public final class CsvTableWriter implements TableWriter {

    private final Writer out;

    /**
     * Starts the file on {@code stream}.
     *
     * @param byteOrderMark whether the file starts with a byte-order mark, without which Excel reads
     *                      Vietnamese as mojibake; a file meant for programs (or to be imported again) needs none
     */
    public CsvTableWriter(OutputStream stream, boolean byteOrderMark) {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        if (byteOrderMark) {
            write("\uFEFF");
        }
    }

    @Override
    public void row(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (Object cell : cells) {
            line.append(line.isEmpty() ? "" : ",").append(quoted(cell));
        }
        write(line.append("\r\n").toString());
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    /**
     * Quotes a cell, doubling inner quotes. A text that a spreadsheet would run as a formula gets a
     * leading apostrophe, so a unit named "=HYPERLINK(...)" stays text.
     */
    private static String quoted(Object cell) {
        String text = cell == null ? "" : cell.toString();
        if (!(cell instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
