package vn.sohoa.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import vn.sohoa.platform.files.TableReader.Line;
import vn.sohoa.platform.files.TableReader.Table;
import vn.sohoa.platform.problem.Problem.FieldError;

/**
 * Reads the first sheet of an XLSX workbook for {@link TableReader}; a line number is the sheet's row
 * number. A number is read as written ({@code 3}, not {@code 3.0}); a date cell as an ISO local date-time
 * ({@code 2026-11-22T08:30}), which the importing feature places in its time zone.
 */
final class XlsxTableReader {

    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

    private XlsxTableReader() {
    }

    static Table read(byte[] file, List<String> columns) {
        List<FieldError> problems = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        int records = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file), WITH_FORMATS);
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = rows.filter(row -> row.getFirstNonEmptyCell().isPresent()).iterator();
            if (!iterator.hasNext()) {
                problems.add(new FieldError(1, null, "The sheet is empty; its first row must be the header "
                        + String.join(",", columns) + "."));
                return new Table(0, lines, problems);
            }
            int[] positions = TableReader.columnPositions(cells(iterator.next()), columns, problems);
            while (iterator.hasNext()) {
                Row row = iterator.next();
                records++;
                if (positions != null) {
                    lines.add(TableReader.line(row.getRowNum(), cells(row), positions));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new FieldError(1, null, "The file cannot be read as an Excel workbook (.xlsx)."));
        }
        return new Table(records, lines, problems);
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < row.getCellCount(); column++) {
            cells.add(row.getOptionalCell(column).map(XlsxTableReader::text).orElse(null));
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell.getType() == CellType.NUMBER && isDateFormat(cell.getDataFormatString())) {
            return cell.asDate().toString();
        }
        if (cell.getType() == CellType.NUMBER) {
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }

    /** Whether a number format shows a date or time: it has a day, month, year or hour, outside quotes. */
    private static boolean isDateFormat(String format) {
        return format != null && format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").matches("(?i).*[dyh].*");
    }
}
