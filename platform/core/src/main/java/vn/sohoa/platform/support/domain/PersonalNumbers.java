package vn.sohoa.platform.support.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds citizens' ID and phone numbers in free text, which a support log must not hold (data
 * minimisation, Decree 13/2023). Digits may be grouped by spaces, dots or hyphens.
 */
public final class PersonalNumbers {

    /**
     * A number as people type it: "0912 345 678", "079.203.001.234", "+84 912345678". Groups after the
     * first have three digits or more, so dates ("22-11-2026") and counts beside them stay apart.
     */
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\d+])\\+?\\d+(?:[ .-]\\d{3,})*(?!\\d)");

    private PersonalNumbers() {
    }

    /** Why the text may not be stored, or empty when it holds no ID-like or phone-like number. */
    public static Optional<String> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher run = DIGIT_RUN.matcher(text);
        while (run.find()) {
            String digits = run.group().replaceAll("[^\\d+]", "");
            if (digits.matches("\\d{9}|\\d{12}")) {
                return Optional.of("must not contain an ID number (" + digits.length() + " digits); "
                        + "support logs keep no citizen's ID, name or phone");
            }
            if (digits.matches("0\\d{9,10}|(\\+?84)\\d{9,10}")) {
                return Optional.of("must not contain a phone number; support logs keep no citizen's ID, name or phone");
            }
        }
        return Optional.empty();
    }
}
