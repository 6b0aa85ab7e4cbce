package vn.sohoa.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A list of database names a wall test allows, kept in a test resource with one name a line, sorted, so that two
 * changes adding a name each touch two different lines; a {@code #} starts a note on why, up to the line's end.
 */
public final class NameFile {

    private NameFile() {
    }

    /** The names of this resource in their order, which must be sorted. */
    public static List<String> read(String resource) {
        try (InputStream in = NameFile.class.getResourceAsStream(resource)) {
            assertThat(in).as("test resource %s", resource).isNotNull();
            List<String> names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(line -> line.replaceFirst("#.*", "").strip()).filter(name -> !name.isEmpty()).toList();
            assertThat(names).as("the names of %s, one a line", resource).isSorted().doesNotHaveDuplicates();
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
