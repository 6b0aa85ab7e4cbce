package vn.sohoa.ui.pilots;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the brief's documents write them, 1.234,5, whatever the browser's language. */
final class Numbers {

    private Numbers() {
    }

    /** {@code number} with dots between thousands and a comma before at most two decimals; "–" for none. */
    static String format(Number number) {
        return number == null ? "–"
                : new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.of("vi", "VN"))).format(number);
    }
}
