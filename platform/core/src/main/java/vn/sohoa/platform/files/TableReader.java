package vn.sohoa.platform.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.sohoa.platform.problem.Problem.FieldError;

/**
 * Reads an uploaded table (CSV or XLSX) whose first line is a header naming exactly the expected columns,
 * in any order and any case. What cannot be read becomes a problem with its line, so an import can list
 * every problem at once; only a file beyond {@link ImportLimits} is refused whole.
 */
public final class TableReader {

    /**
     * One data line, its cells stripped and in the order of the expected columns (empty for a blank cell).
     *
     * @param number the line of the file (CSV) or row of the sheet (XLSX) it starts on; 1 is the header
     */
    public record Line(int number, List<String> cells) {}

    /**
     * The lines of a file and the problems found while reading it.
     *
     * @param records data records in the file, including those too malformed to become lines
     */
    public record Table(int records, List<Line> lines, List<FieldError> problems) {}

    private TableReader() {
    }

    /**
     * Reads {@code file}.
     *
     * @param rowsName what the data lines are, for the problem of a file that has none ("tenants")
     * @throws vn.sohoa.platform.problem.ProblemException 413 naming the limit when the file has more rows
     *                                                   than {@code limits} allow, or a workbook unpacks to more
     */
    public static Table read(TableFormat format, byte[] file, List<String> columns, String rowsName,
                             ImportLimits limits) {
        Table table = switch (format) {
            case CSV -> CsvTableReader.read(file, columns, limits.maxRows());
            case XLSX -> XlsxTableReader.read(file, columns, limits);
        };
        if (table.lines().isEmpty() && table.problems().isEmpty()) {
            List<FieldError> problems = List.of(new FieldError(2, null, "The file has no " + rowsName
                    + " below its header."));
            return new Table(table.records(), table.lines(), problems);
        }
        return table;
    }

    /** Where each expected column is in the file, or null (with problems) when the header is wrong. */
    static int[] columnPositions(List<String> header, List<String> columns, List<FieldError> problems) {
        List<String> names = header.stream().map(name -> name == null ? "" : name.strip().toLowerCase(Locale.ROOT))
                .toList();
        if (names.size() == 1 && names.getFirst().contains(";")) {
            problems.add(new FieldError(1, null, "Columns must be separated by commas, not semicolons."));
            return null;
        }
        int[] positions = new int[columns.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            positions[i] = names.indexOf(columns.get(i).toLowerCase(Locale.ROOT));
            if (positions[i] < 0) {
                missing.add(columns.get(i));
            }
        }
        List<String> unknown = names.stream()
                .filter(name -> columns.stream().noneMatch(column -> column.equalsIgnoreCase(name))).toList();
        if (!missing.isEmpty() || !unknown.isEmpty() || names.size() != columns.size()) {
            problems.add(new FieldError(1, null, "The header must be " + String.join(",", columns)
                    + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing))
                    + (unknown.isEmpty() ? "" : "; not known: " + String.join(", ", unknown)) + "."));
            return null;
        }
        return positions;
    }

    /** The cells of a data line in the order of the columns. */
    static Line line(int number, List<String> cells, int[] positions) {
        List<String> ordered = new ArrayList<>(positions.length);
        for (int position : positions) {
            String cell = position < cells.size() ? cells.get(position) : null;
            ordered.add(cell == null ? "" : cell.strip());
        }
        return new Line(number, ordered);
    }
}
