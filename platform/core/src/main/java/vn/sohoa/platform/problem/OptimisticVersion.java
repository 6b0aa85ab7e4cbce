package vn.sohoa.platform.problem;

/**
 * Optimistic locking as every change of a versioned record does it: the client sends the version it
 * read, and a change of a record someone else changed since is refused with one message.
 */
public final class OptimisticVersion {

    private OptimisticVersion() {
    }

    /** The version a change sends; 400 naming the field when it sends none. */
    public static long required(Long version) {
        if (version == null) {
            throw ProblemException.invalid("version", "is required when changing a record");
        }
        return version;
    }

    /**
     * Checks the version the client read against the stored one.
     *
     * @param what a name the reader knows the record by, such as {@code "Sub-unit AP1"}
     * @throws ProblemException 409 {@code stale-version} when they differ
     */
    public static void check(String what, long stored, long expected) {
        if (stored != expected) {
            throw new ProblemException(ProblemType.STALE_VERSION, what + " is at version " + stored + ", not "
                    + expected + "; reload it and apply your change again.");
        }
    }
}
