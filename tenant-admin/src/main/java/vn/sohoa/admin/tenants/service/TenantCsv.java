package vn.sohoa.admin.tenants.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.sohoa.platform.problem.Problem.FieldError;

/**
 * Reads a tenant import file: UTF-8 (a byte-order mark is allowed), RFC 4180 CSV with the header
 * {@code code,name,kind,parentCode} in any order. What cannot be read becomes a problem with its line;
 * nothing is thrown for a bad file.
 */
final class TenantCsv {

    static final List<String> COLUMNS = List.of("code", "name", "kind", "parentCode");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /**
     * The rows of a file and the problems found while reading it.
     *
     * @param records data records in the file, including those too malformed to become rows
     */
    record Content(int records, List<ImportRow> rows, List<FieldError> problems) {}

    private TenantCsv() {
    }

    static Content read(byte[] file) {
        List<FieldError> problems = new ArrayList<>();
        String text = decode(file, problems);
        if (text == null) {
            return new Content(0, List.of(), problems);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<ImportRow> rows = new ArrayList<>();
        int records = 0;
        LineNumbers lines = new LineNumbers(text);
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            var iterator = parser.iterator();
            if (!iterator.hasNext()) {
                problems.add(new FieldError(1, null, "The file is empty; the first line must be the header "
                        + String.join(",", COLUMNS) + "."));
                return new Content(0, rows, problems);
            }
            int[] positions = columnPositions(iterator.next(), problems);
            long lastLine = parser.getCurrentLineNumber();
            try {
                while (iterator.hasNext()) {
                    CSVRecord record = iterator.next();
                    records++;
                    lastLine = parser.getCurrentLineNumber();
                    if (positions != null) {
                        row(record, lines.of(record.getCharacterPosition()), positions, rows, problems);
                    }
                }
            } catch (UncheckedIOException e) {
                problems.add(new FieldError((int) lastLine + 1, null, "This line is not valid CSV: a field holding"
                        + " a comma, a quote or a line break must be enclosed in quotes, and a quote inside it doubled."));
            }
            if (positions != null && rows.isEmpty() && problems.isEmpty()) {
                problems.add(new FieldError(2, null, "The file has no tenants below its header."));
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(new FieldError(1, null, "The file cannot be read as CSV."));
        }
        return new Content(records, rows, problems);
    }

    /** The text of the file, or null (with a problem naming the line) when it is not UTF-8. */
    private static String decode(byte[] file, List<FieldError> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(file);
        CharBuffer out = CharBuffer.allocate(file.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += file[i] == '\n' ? 1 : 0;
            }
            problems.add(new FieldError(line, null, "The file is not UTF-8 text; save it as \"CSV UTF-8\"."));
            return null;
        }
        return out.flip().toString();
    }

    /** Where each expected column is in the file, or null (with problems) when the header is wrong. */
    private static int[] columnPositions(CSVRecord header, List<FieldError> problems) {
        List<String> names = header.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        if (names.size() == 1 && names.getFirst().contains(";")) {
            problems.add(new FieldError(1, null, "Columns must be separated by commas, not semicolons."));
            return null;
        }
        int[] positions = new int[COLUMNS.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            positions[i] = names.indexOf(COLUMNS.get(i).toLowerCase(Locale.ROOT));
            if (positions[i] < 0) {
                missing.add(COLUMNS.get(i));
            }
        }
        List<String> unknown = names.stream()
                .filter(name -> COLUMNS.stream().noneMatch(column -> column.equalsIgnoreCase(name))).toList();
        if (!missing.isEmpty() || !unknown.isEmpty() || names.size() != COLUMNS.size()) {
            problems.add(new FieldError(1, null, "The header must be " + String.join(",", COLUMNS)
                    + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing))
                    + (unknown.isEmpty() ? "" : "; not known: " + String.join(", ", unknown)) + "."));
            return null;
        }
        return positions;
    }

    private static void row(CSVRecord record, int line, int[] positions, List<ImportRow> rows,
                            List<FieldError> problems) {
        if (record.size() != COLUMNS.size()) {
            problems.add(new FieldError(line, null, "This line has " + record.size() + " fields; every line needs "
                    + COLUMNS.size() + " (" + String.join(",", COLUMNS) + ")."));
            return;
        }
        String[] fields = Arrays.stream(positions).mapToObj(record::get).map(String::strip).toArray(String[]::new);
        rows.add(new ImportRow(line, fields[0], fields[1], fields[2].toUpperCase(Locale.ROOT),
                fields[3].isEmpty() ? null : fields[3]));
    }
}
