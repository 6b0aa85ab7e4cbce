package vn.sohoa.admin.tenants.api;

import java.util.List;
import vn.sohoa.admin.tenants.service.ImportRow;
import vn.sohoa.admin.tenants.service.TenantImport;
import vn.sohoa.platform.problem.Problem.FieldError;

/**
 * The answer to a dry run: how many tenants the file would create and how many problems it has, with the
 * first of each ({@code sohoa.imports.listed}, 100 by default). The file imports only when {@code valid};
 * a problem's {@code field} is its column, absent when the whole line (or the file) is wrong.
 *
 * @param rows             data rows in the file
 * @param wouldCreateCount the rows without problems of their own
 * @param wouldCreate      the first of them, in the order they would be created
 * @param problemCount     problems in all
 * @param problems         the first of them, by line
 */
public record ImportPreview(boolean valid, int rows, int wouldCreateCount, List<Row> wouldCreate, int problemCount,
                            List<FieldError> problems) {

    /** One tenant the file would create. */
    public record Row(int line, String code, String name, String kind, String parentCode) {

        static Row of(ImportRow row) {
            return new Row(row.line(), row.code(), row.name(), row.kind(), row.parentCode());
        }
    }

    static ImportPreview of(TenantImport result) {
        return new ImportPreview(result.problemCount() == 0, result.rows(), result.toCreateCount(),
                result.toCreate().stream().map(Row::of).toList(), result.problemCount(), result.problems());
    }
}
