package vn.sohoa.ui.monitoring;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Numbers as Vietnamese documents write them in every language of the page: 1.234,5. */
final class Numbers {

    private Numbers() {
    }

    static String of(Number value) {
        if (value == null) {
            return "–";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.#", symbols).format(value);
    }

    /** A share in percent, e.g. {@code 33,3 %}. */
    static String percent(Double value) {
        return value == null ? "–" : of(value) + " %";
    }
}
