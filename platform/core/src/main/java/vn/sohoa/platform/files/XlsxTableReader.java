package vn.sohoa.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import vn.sohoa.platform.problem.ProblemException;

/**
 * Reads the first sheet of an XLSX workbook for {@link TableReader}; a line number is the sheet's row
 * number. A number is read as written ({@code 3}, not {@code 3.0}); a date cell as an ISO local date-time
 * ({@code 2026-11-22T08:30}), which the importing feature places in its time zone. The archive is checked
 * against {@link ImportLimits#maxUnpackedSize()} first ({@link WorkbookArchive}).
 */
final class XlsxTableReader {

    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);
    private static final String UNREADABLE = "The file cannot be read as an Excel workbook (.xlsx)";

    private XlsxTableReader() {
    }

    static Table read(byte[] file, List<String> columns, ImportLimits limits) {
        if (!WorkbookArchive.readable(file, limits.maxUnpackedSize().asLongValue())) {
            return unreadable(UNREADABLE + ": it is not a complete zip archive; save it again from Excel as"
                    + " \"Excel Workbook (.xlsx)\".");
        }
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
            int[] positions = TableReader.columnPositions(header(iterator.next()), columns, problems);
            while (iterator.hasNext()) {
                Row row = iterator.next();
                if (++records > limits.maxRows()) {
                    throw FileTooLarge.rows(limits.maxRows());
                }
                if (positions != null) {
                    lines.add(line(row, positions));
                }
            }
        } catch (ProblemException tooLarge) {
            throw tooLarge;
        } catch (IOException | RuntimeException e) {
            // The workbook reader reports a missing part, broken XML or a bad cell in exceptions of its own
            // (unchecked, most of them); whichever it is, the file is what is wrong, not the server.
            return unreadable(UNREADABLE + ": its workbook, sheet or cells are missing or damaged; open it in"
                    + " Excel and save it again.");
        }
        return new Table(records, lines, problems);
    }

    private static Table unreadable(String why) {
        return new Table(0, List.of(), List.of(new FieldError(1, null, why)));
    }

    private static List<String> header(Row row) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < row.getCellCount(); column++) {
            cells.add(text(row, column));
        }
        return cells;
    }

    /** Only the cells of the expected columns are read: a row may claim thousands of empty ones. */
    private static Line line(Row row, int[] positions) {
        List<String> cells = new ArrayList<>(positions.length);
        for (int position : positions) {
            String text = text(row, position);
            cells.add(text == null ? "" : text.strip());
        }
        return new Line(row.getRowNum(), cells);
    }

    private static String text(Row row, int column) {
        return row.getOptionalCell(column).map(XlsxTableReader::text).orElse(null);
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
