package vn.sohoa.ui.training;

import java.text.NumberFormat;
import java.util.Locale;

/** A file's size as a person reads it: 1.234 KB under a megabyte, else 1,2 MB, in the page's language. */
public final class FileSizes {

    private FileSizes() {
    }

    public static String of(long bytes, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        return bytes < 1024 * 1024 ? number.format(Math.max(1, bytes / 1024)) + " KB"
                : number.format(bytes / (1024.0 * 1024)) + " MB";
    }
}
