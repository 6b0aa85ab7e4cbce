package vn.sohoa.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.sohoa.platform.files.TableReader.Line;
import vn.sohoa.platform.files.TableReader.Table;
import vn.sohoa.platform.problem.Problem.FieldError;

/**
 * Reads RFC 4180 CSV in UTF-8 (a byte-order mark is allowed) for {@link TableReader}, refusing a file of
 * more than {@link ImportLimits#maxRows()} records as soon as it meets one too many.
 */
final class CsvTableReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvTableReader() {
    }

    static Table read(byte[] file, List<String> columns, int maxRows) {
        List<FieldError> problems = new ArrayList<>();
        String text = decode(file, problems);
        if (text == null) {
            return new Table(0, List.of(), problems);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Line> lines = new ArrayList<>();
        int records = 0;
        LineNumbers numbers = new LineNumbers(text);
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            var iterator = parser.iterator();
            if (!iterator.hasNext()) {
                problems.add(new FieldError(1, null, "The file is empty; the first line must be the header "
                        + String.join(",", columns) + "."));
                return new Table(0, lines, problems);
            }
            int[] positions = TableReader.columnPositions(iterator.next().toList(), columns, problems);
            long lastLine = parser.getCurrentLineNumber();
            try {
                while (iterator.hasNext()) {
                    CSVRecord record = iterator.next();
                    if (++records > maxRows) {
                        throw FileTooLarge.rows(maxRows);
                    }
                    lastLine = parser.getCurrentLineNumber();
                    if (positions != null) {
                        line(record, numbers.of(record.getCharacterPosition()), positions, columns, lines, problems);
                    }
                }
            } catch (UncheckedIOException e) {
                problems.add(new FieldError((int) lastLine + 1, null, "This line is not valid CSV: a field holding"
                        + " a comma, a quote or a line break must be enclosed in quotes, and a quote inside it doubled."));
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(new FieldError(1, null, "The file cannot be read as CSV."));
        }
        return new Table(records, lines, problems);
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

    private static void line(CSVRecord record, int number, int[] positions, List<String> columns, List<Line> lines,
                             List<FieldError> problems) {
        if (record.size() != columns.size()) {
            problems.add(new FieldError(number, null, "This line has " + record.size() + " fields; every line needs "
                    + columns.size() + " (" + String.join(",", columns) + ")."));
            return;
        }
        lines.add(TableReader.line(number, record.toList(), positions));
    }
}
