package vn.sohoa.platform.files;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns a character position in a text into the number of the line it is on (the first line is 1). */
final class LineNumbers {

    /** Where each line starts; a line ends with \n, \r\n or a lone \r, as in CSV. */
    private final int[] starts;

    LineNumbers(String text) {
        List<Integer> found = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                found.add(i + 1);
            }
        }
        starts = found.stream().mapToInt(Integer::intValue).toArray();
    }

    int of(long position) {
        int index = Arrays.binarySearch(starts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }
}
