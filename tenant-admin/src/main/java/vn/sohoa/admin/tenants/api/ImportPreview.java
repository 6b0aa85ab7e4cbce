package vn.sohoa.admin.tenants.api;

import java.util.List;
import vn.sohoa.admin.tenants.service.ImportRow;
import vn.sohoa.admin.tenants.service.TenantImport;
import vn.sohoa.platform.problem.Problem.FieldError;

/**
 * The answer to a dry run: what the file would create and every problem with its line. The file
 * imports only when {@code valid}; a problem's {@code field} is its column, absent when the whole line
 * (or the file) is wrong.
 *
 * @param rows         data rows in the file
 * @param wouldCreate  the rows without problems of their own, in the order they would be created
 * @param problemCount problems in all; {@code problems} lists at most the first thousand
 */
public record ImportPreview(boolean valid, int rows, List<Row> wouldCreate, int problemCount, List<FieldError> problems) {

    /** One tenant the file would create. */
    public record Row(int line, String code, String name, String kind, String parentCode) {

        static Row of(ImportRow row) {
            return new Row(row.line(), row.code(), row.name(), row.kind(), row.parentCode());
        }
    }

    static ImportPreview of(TenantImport result) {
        return new ImportPreview(result.problemCount() == 0, result.rows(),
                result.toCreate().stream().map(Row::of).toList(), result.problemCount(), result.problems());
    }
}
