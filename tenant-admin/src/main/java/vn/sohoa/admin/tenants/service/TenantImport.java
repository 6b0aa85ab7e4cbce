package vn.sohoa.admin.tenants.service;

import java.util.List;
import vn.sohoa.platform.problem.Problem.FieldError;

/**
 * What an import did, or would do on a dry run. Lists hold at most
 * {@link vn.sohoa.platform.files.ImportLimits#listed()} items; the counts cover the whole file.
 *
 * @param rows          the data rows of the file
 * @param toCreateCount the rows without problems of their own: all of them are created when there are no
 *                      problems, none otherwise
 * @param toCreate      the first of those rows, parents before children, on a dry run
 * @param problemCount  how many problems there are in all
 * @param problems      the first problems by line
 * @param created       how many tenants were created: 0 on a dry run
 */
public record TenantImport(int rows, int toCreateCount, List<ImportRow> toCreate, int problemCount,
                           List<FieldError> problems, int created) {}
