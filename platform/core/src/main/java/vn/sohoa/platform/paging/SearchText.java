package vn.sohoa.platform.paging;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Free-text search over a list held in memory, matching as the database's {@code search_fold} does: without regard
 * to case or Vietnamese diacritics (đ as d), so "ha giang" finds "Hà Giang".
 */
public final class SearchText {

    private SearchText() {
    }

    /** Lower case without diacritics (đ as d); empty for null. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    /** Whether {@code text} contains {@code search}, both folded; a blank search matches everything. */
    public static boolean contains(String text, String search) {
        return fold(text).contains(fold(search));
    }
}
