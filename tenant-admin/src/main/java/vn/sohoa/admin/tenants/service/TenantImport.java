package vn.sohoa.admin.tenants.service;

import java.util.List;
import vn.sohoa.platform.problem.Problem.FieldError;

/**
 * What an import did, or would do on a dry run.
 *
 * @param rows     the data rows of the file
 * @param toCreate the rows without problems of their own, parents before children: all of them are
 *                 created when there are no problems, none otherwise
 * @param problems the problems by line: all of them, or the first {@value vn.sohoa.platform.files.ImportProblems#LISTED}
 * @param problemCount how many problems there are in all
 * @param created  how many tenants were created: 0 on a dry run
 */
public record TenantImport(int rows, List<ImportRow> toCreate, List<FieldError> problems, int problemCount,
                           int created) {}
