package vn.sohoa.server.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.certificates.domain.Serial;

/** Serials cannot be guessed or counted, and a mistyped one is caught before anything is looked up. */
class SerialTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    @Test
    void a_serial_carries_at_least_128_random_bits_in_readable_groups() {
        Serial serial = Serial.random();

        assertThat(serial.text()).matches("([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}");
        // 27 random characters of 32 values each: 27 x 5 = 135 bits; the 28th is the check.
        assertThat(27 * Math.log(ALPHABET.length()) / Math.log(2)).isGreaterThanOrEqualTo(128);
    }

    @Test
    void serials_are_unique_and_every_random_position_uses_the_whole_alphabet_evenly() {
        int count = 20_000;
        Set<String> seen = new HashSet<>();
        Map<Integer, Map<Character, Integer>> byPosition = new HashMap<>();
        IntStream.range(0, count).mapToObj(i -> Serial.random().text().replace("-", "")).forEach(serial -> {
            seen.add(serial);
            for (int position = 0; position < 27; position++) {
                byPosition.computeIfAbsent(position, p -> new HashMap<>()).merge(serial.charAt(position), 1, Integer::sum);
            }
        });

        assertThat(seen).hasSize(count);
        byPosition.forEach((position, counts) -> {
            assertThat(counts).as("characters at position %d", position).hasSize(ALPHABET.length());
            // 625 expected per character; a counter, a timestamp or a biased source would be far off.
            assertThat(counts.values()).allSatisfy(n -> assertThat(n).isBetween(480, 770));
        });
    }

    @Test
    void a_serial_is_read_back_forgivingly_but_a_mistyped_one_is_no_serial() {
        String text = Serial.random().text();
        String plain = text.replace("-", "");

        assertThat(Serial.parse(text.toLowerCase())).contains(new Serial(text));
        assertThat(Serial.parse(plain)).contains(new Serial(text));
        assertThat(Serial.parse(plain.replace('0', 'O').replace('1', 'I'))).contains(new Serial(text));

        char first = plain.charAt(0);
        String mistyped = ALPHABET.charAt((ALPHABET.indexOf(first) + 1) % ALPHABET.length()) + plain.substring(1);
        assertThat(Serial.parse(mistyped)).isEmpty();
        // Luhn mod 32 misses one swap only: 0 and Z, the counterpart of 09 and 90 in base 10.
        if (plain.charAt(0) != plain.charAt(1) && !Set.of(plain.charAt(0), plain.charAt(1)).equals(Set.of('0', 'Z'))) {
            assertThat(Serial.parse(plain.charAt(1) + "" + plain.charAt(0) + plain.substring(2))).isEmpty();
        }
        assertThat(Serial.parse(plain.substring(1))).isEmpty();
        assertThat(Serial.parse("1")).isEmpty();
        assertThat(Serial.parse("<script>")).isEmpty();
        assertThat(Serial.parse(null)).isEmpty();
    }
}
