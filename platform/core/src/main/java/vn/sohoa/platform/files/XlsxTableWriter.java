package vn.sohoa.platform.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table as an XLSX workbook of one sheet, written with fastexcel's streaming writer. Rows go to the
 * stream every {@value #FLUSH_ROWS} rows, and text is written inline rather than into the shared-strings
 * table (which fastexcel keeps in memory until the end), so memory does not grow with the table.
 */
final class XlsxTableWriter implements TableWriter {

    private static final int FLUSH_ROWS = 200;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    XlsxTableWriter(OutputStream stream, String sheetName) {
        this.workbook = new Workbook(stream, "Sohoa", "1.0");
        this.sheet = workbook.newWorksheet(sheetName);
    }

    @Override
    public void row(List<?> cells) {
        for (int column = 0; column < cells.size(); column++) {
            switch (cells.get(column)) {
                case null -> { }
                case Number number -> sheet.value(row, column, number);
                case Object text -> sheet.inlineString(row, column, text.toString());
            }
        }
        row++;
        if (row % FLUSH_ROWS == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        workbook.finish();
    }
}
