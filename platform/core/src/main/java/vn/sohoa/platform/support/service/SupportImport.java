package vn.sohoa.platform.support.service;

import java.util.List;
import vn.sohoa.platform.problem.Problem.FieldError;
import vn.sohoa.platform.support.domain.SupportFacts;

/**
 * What a support-log import did, or would do on a dry run.
 *
 * @param rows         the data rows of the file
 * @param toCreate     the records of the lines without problems: all of them are created when there are no
 *                     problems, none otherwise
 * @param problems     the problems by line: all of them, or the first
 *                     {@value vn.sohoa.platform.files.ImportProblems#LISTED}
 * @param problemCount how many problems there are in all
 * @param created      how many records were created: 0 on a dry run
 */
public record SupportImport(int rows, List<Record> toCreate, List<FieldError> problems, int problemCount,
                            int created) {

    /** The record one line of the file makes, as it will be stored. */
    public record Record(int line, SupportFacts facts) {}
}
