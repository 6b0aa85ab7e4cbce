package vn.sohoa.platform.files;

import java.util.List;
import vn.sohoa.platform.problem.Problem.FieldError;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.problem.ProblemType;

/**
 * The problems of an all-or-nothing import. More than {@value #LISTED} are counted but not listed: a wrong
 * file could otherwise make a huge answer.
 */
public final class ImportProblems {

    public static final int LISTED = 1000;

    private ImportProblems() {
    }

    /** The problems an answer lists: all of them, or the first {@value #LISTED}. */
    public static List<FieldError> listed(List<FieldError> problems) {
        return problems.subList(0, Math.min(problems.size(), LISTED));
    }

    /** The 422 that refuses a whole file because of its problems, listing them by line. */
    public static ProblemException refusal(List<FieldError> problems) {
        List<FieldError> listed = listed(problems);
        long lines = problems.stream().map(FieldError::line).distinct().count();
        return new ProblemException(ProblemType.UNPROCESSABLE, lines + (lines == 1 ? " line has" : " lines have")
                + " problems (" + problems.size() + " in all" + (problems.size() > listed.size()
                ? ", the first " + listed.size() + " listed" : "") + "), so nothing was imported. Fix them and "
                + "send the file again; ?dryRun=true checks a file without importing it.", listed);
    }
}
