package vn.sohoa.platform.files;

import java.util.List;
import vn.sohoa.platform.problem.Problem.FieldError;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.problem.ProblemType;

/**
 * What an all-or-nothing import lists of its problems and records. Beyond {@link ImportLimits#listed()}
 * they are counted but not listed: a long or wrong file could otherwise make a huge answer.
 */
public final class ImportProblems {

    private ImportProblems() {
    }

    /** The items an answer lists: all of them, or the first {@link ImportLimits#listed()}. */
    public static <T> List<T> listed(List<T> items, ImportLimits limits) {
        return List.copyOf(items.subList(0, Math.min(items.size(), limits.listed())));
    }

    /** The 422 that refuses a whole file because of its problems, listing the first of them by line. */
    public static ProblemException refusal(List<FieldError> problems, ImportLimits limits) {
        List<FieldError> listed = listed(problems, limits);
        long lines = problems.stream().map(FieldError::line).distinct().count();
        return new ProblemException(ProblemType.UNPROCESSABLE, lines + (lines == 1 ? " line has" : " lines have")
                + " problems (" + problems.size() + " in all" + (problems.size() > listed.size()
                ? ", the first " + listed.size() + " listed" : "") + "), so nothing was imported. Fix them and "
                + "send the file again; ?dryRun=true checks a file without importing it.", listed);
    }
}
