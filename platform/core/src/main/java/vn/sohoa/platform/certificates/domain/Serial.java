package vn.sohoa.platform.certificates.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A certificate's serial: 27 random characters of Crockford's base32 (135 bits from a secure random source)
 * and a check character, written in seven groups of four ({@code 7KQ2-M9XD-…}). Nobody can reach a
 * certificate by counting or guessing, since the public verification answers for any serial. The check
 * character (Luhn mod 32) catches a mistyped character or two swapped neighbours before the database is
 * asked. Reading is forgiving as Crockford intends: lower case, missing dashes, O for 0 and I or L for 1.
 */
public record Serial(String text) {

    /** Crockford's alphabet: digits and letters without I, L, O and U. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int RANDOM_CHARACTERS = 27;
    static final int GROUP = 4;
    /** The longest text a serial is written as. */
    public static final int LENGTH = (RANDOM_CHARACTERS + 1) + (RANDOM_CHARACTERS + 1) / GROUP - 1;

    private static final RandomGenerator RANDOM = new SecureRandom();

    /** A new serial from the secure random source. */
    public static Serial random() {
        StringBuilder characters = new StringBuilder(RANDOM_CHARACTERS + 1);
        for (int i = 0; i < RANDOM_CHARACTERS; i++) {
            characters.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        characters.append(check(characters));
        return new Serial(grouped(characters));
    }

    /** The serial written in {@code text}, or empty when it cannot be one (wrong length, alphabet or check). */
    public static Optional<Serial> parse(String text) {
        if (text == null || text.length() > LENGTH + 8) {
            return Optional.empty();
        }
        StringBuilder characters = new StringBuilder(RANDOM_CHARACTERS + 1);
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (read == '-' || read == ' ') {
                continue;
            }
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            characters.append(read);
        }
        if (characters.length() != RANDOM_CHARACTERS + 1
                || check(characters.subSequence(0, RANDOM_CHARACTERS)) != characters.charAt(RANDOM_CHARACTERS)) {
            return Optional.empty();
        }
        return Optional.of(new Serial(grouped(characters)));
    }

    /** Luhn mod N over the alphabet: doubles every second value from the right, as card numbers do in base 10. */
    static char check(CharSequence characters) {
        int n = ALPHABET.length();
        int sum = 0;
        boolean doubled = true;
        for (int i = characters.length() - 1; i >= 0; i--) {
            int value = ALPHABET.indexOf(characters.charAt(i));
            if (doubled) {
                value *= 2;
                value = value / n + value % n;
            }
            sum += value;
            doubled = !doubled;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }

    private static String grouped(CharSequence characters) {
        StringBuilder text = new StringBuilder(LENGTH);
        for (int i = 0; i < characters.length(); i++) {
            if (i > 0 && i % GROUP == 0) {
                text.append('-');
            }
            text.append(characters.charAt(i));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
