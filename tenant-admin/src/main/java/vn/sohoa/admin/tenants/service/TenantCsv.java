package vn.sohoa.admin.tenants.service;

import java.util.List;
import java.util.Locale;
import vn.sohoa.platform.files.ImportLimits;
import vn.sohoa.platform.files.TableFormat;
import vn.sohoa.platform.files.TableReader;
import vn.sohoa.platform.problem.Problem.FieldError;

/**
 * Reads a tenant import file: UTF-8 (a byte-order mark is allowed), RFC 4180 CSV with the header
 * {@code code,name,kind,parentCode} in any order. What cannot be read becomes a problem with its line;
 * only a file beyond {@link ImportLimits} is refused whole.
 */
final class TenantCsv {

    static final List<String> COLUMNS = List.of("code", "name", "kind", "parentCode");

    /**
     * The rows of a file and the problems found while reading it.
     *
     * @param records data records in the file, including those too malformed to become rows
     */
    record Content(int records, List<ImportRow> rows, List<FieldError> problems) {}

    private TenantCsv() {
    }

    static Content read(byte[] file, ImportLimits limits) {
        TableReader.Table table = TableReader.read(TableFormat.CSV, file, COLUMNS, "tenants", limits);
        List<ImportRow> rows = table.lines().stream().map(line -> {
            List<String> cells = line.cells();
            return new ImportRow(line.number(), cells.get(0), cells.get(1), cells.get(2).toUpperCase(Locale.ROOT),
                    cells.get(3).isEmpty() ? null : cells.get(3));
        }).toList();
        return new Content(table.records(), rows, table.problems());
    }
}
