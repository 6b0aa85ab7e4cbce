package vn.sohoa.platform.pilots.api;

import java.util.Arrays;
import vn.sohoa.platform.problem.ProblemException;

/**
 * Reads a query parameter naming a constant. JAX-RS would answer an unknown name with 404, as if the list
 * did not exist; this answers 400 naming the parameter and the names it takes.
 */
final class QueryEnums {

    private QueryEnums() {
    }

    /** The constant named {@code text}, or null when the parameter is absent or blank. */
    static <E extends Enum<E>> E parse(Class<E> type, String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(parameter, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
