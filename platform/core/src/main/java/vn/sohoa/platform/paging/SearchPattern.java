package vn.sohoa.platform.paging;

import java.util.Locale;

/** The SQL {@code LIKE} pattern for a list's free-text search box. */
public final class SearchPattern {

    private SearchPattern() {
    }

    /** Matches any lower-cased text containing {@code search}; a missing search matches everything. */
    public static String containing(String search) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
