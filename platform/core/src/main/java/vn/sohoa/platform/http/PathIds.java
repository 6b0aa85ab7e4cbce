package vn.sohoa.platform.http;

import vn.sohoa.platform.problem.ProblemException;

/**
 * Reads a numeric id from a URL. Text that is no id, or too long to be one, names nothing here: it is
 * the same 404 as an unknown id, never a 400 or a 500 from a failed conversion.
 */
public final class PathIds {

    private PathIds() {
    }

    /**
     * @param what what the id names, for the message ("team", "support record")
     * @throws ProblemException 404 when {@code text} is not a positive whole number of at most 18 digits
     */
    public static long parse(String text, String what) {
        if (text == null || !text.matches("\\d{1,18}")) {
            throw notFound(text, what);
        }
        return Long.parseLong(text);
    }

    /** The 404 for an id that names no {@code what} here. */
    public static ProblemException notFound(Object id, String what) {
        return ProblemException.notFound("There is no " + what + " " + id + " here.");
    }
}
