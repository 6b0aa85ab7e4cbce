package vn.sohoa.ui.indicators;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * Figures as Vietnamese documents write them, 1.234,5, whatever the browser's language: shown that way, and
 * read back from what a person types (dots between thousands, a comma before the decimals; a lone dot followed
 * by one or two digits is read as a decimal point, as a phone's keypad may offer only that).
 */
final class Figures {

    private Figures() {
    }

    /** {@code number} with at most {@code decimals} decimals; "–" for none. */
    static String format(Number number, int decimals) {
        if (number == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.of("vi", "VN")));
        return format.format(number);
    }

    /** {@code number} with at most two decimals; "–" for none. */
    static String format(Number number) {
        return format(number, 2);
    }

    /** {@code number} as typed back into a field: no thousands dots, a comma before the decimals; "" for none. */
    static String editable(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /**
     * The number {@code text} writes; empty for a blank text.
     *
     * @throws NumberFormatException when it is no number
     */
    static Optional<BigDecimal> parse(String text) {
        String written = text == null ? "" : text.strip().replace(" ", "");
        if (written.isEmpty()) {
            return Optional.empty();
        }
        if (!written.contains(",") && written.matches("-?\\d+\\.\\d{1,2}")) {
            return Optional.of(new BigDecimal(written));
        }
        return Optional.of(new BigDecimal(written.replace(".", "").replace(',', '.')));
    }
}
