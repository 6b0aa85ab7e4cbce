package vn.sohoa.platform.support.service;

import java.util.List;
import vn.sohoa.platform.problem.Problem.FieldError;
import vn.sohoa.platform.support.domain.SupportFacts;

/**
 * What a support-log import did, or would do on a dry run. Lists hold at most
 * {@link vn.sohoa.platform.files.ImportLimits#listed()} items; the counts cover the whole file.
 *
 * @param rows          the data rows of the file
 * @param toCreateCount the records of the lines without problems: all of them are created when there are
 *                      no problems, none otherwise
 * @param toCreate      the first of those records, on a dry run
 * @param problemCount  how many problems there are in all
 * @param problems      the first problems by line
 * @param created       how many records were created: 0 on a dry run
 */
public record SupportImport(int rows, int toCreateCount, List<Record> toCreate, int problemCount,
                            List<FieldError> problems, int created) {

    /** The record one line of the file makes, as it will be stored. */
    public record Record(int line, SupportFacts facts) {}
}
