package vn.sohoa.platform.files.store;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import vn.sohoa.platform.problem.ProblemException;

/**
 * The HTTP side of a stored file, for a feature's resource: the name of an upload (a raw body, whose
 * {@code Content-Type} is not trusted: {@link StoredFiles#store} reads the kind from the content) and the
 * answer that downloads a file.
 */
public final class FileTransfers {

    /** The query parameter that names an upload when its request has no {@code Content-Disposition}. */
    public static final String NAME_PARAMETER = "name";

    /** How long a download may take: 20 MB to a phone at 256 kbit/s. */
    static final int DOWNLOAD_TIMEOUT_SECONDS = 600;

    /** The characters RFC 5987 lets through unencoded in {@code filename*}, besides letters and digits. */
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private FileTransfers() {
    }

    /**
     * The uploaded file's name from {@code Content-Disposition} ({@code filename*}, else {@code filename}) or
     * the {@code name} query parameter; a 400 naming the header when there is none.
     */
    public static String uploadedName(HttpHeaders headers, UriInfo uri) {
        Map<String, String> parameters = parameters(headers.getHeaderString(HttpHeaders.CONTENT_DISPOSITION));
        return Optional.ofNullable(parameters.get("filename*")).flatMap(FileTransfers::extendedValue)
                .or(() -> Optional.ofNullable(parameters.get("filename")).map(FileTransfers::utf8))
                .or(() -> Optional.ofNullable(uri.getQueryParameters().getFirst(NAME_PARAMETER)))
                .filter(name -> !name.isBlank())
                .orElseThrow(() -> ProblemException.invalid(HttpHeaders.CONTENT_DISPOSITION,
                        "must name the file, as in attachment; filename*=UTF-8''B%C3%A1o%20c%C3%A1o.pdf"
                                + " (or send ?" + NAME_PARAMETER + "=…)"));
    }

    /**
     * A 200 attachment response streaming the file (Content-Type, Content-Length, Content-Disposition with an
     * RFC 6266 filename*). The content is read while the response is written, after the resource method has
     * returned, in a transaction of its own (time limit {@value #DOWNLOAD_TIMEOUT_SECONDS} seconds, for a slow
     * phone) in the tenant the request entered.
     */
    public static Response download(StoredFile file, StoredFiles files) {
        return download(file, out -> files.copy(file.id(), out));
    }

    /**
     * The same answer for a file whose content another reader writes (a feature that reads a file across tenants
     * through a function of its own), in the same transaction of its own while the response is written.
     */
    public static Response download(StoredFile file, Consumer<OutputStream> copy) {
        StreamingOutput content = out -> QuarkusTransaction.requiringNew().timeout(DOWNLOAD_TIMEOUT_SECONDS)
                .run(() -> copy.accept(out));
        return Response.ok(content, file.kind().mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(downloadName(file)))
                // The browser must take the kind read from the content, never guess another (HTML, script).
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private")
                .build();
    }

    /** The name a download gets: the uploaded one, with the extension of its kind when it lacks it. */
    static String downloadName(StoredFile file) {
        String lower = file.name().toLowerCase(Locale.ROOT);
        boolean fits = lower.endsWith("." + file.kind().extension())
                || file.kind() == FileKind.JPEG && lower.endsWith(".jpeg");
        return fits ? file.name() : file.name() + "." + file.kind().extension();
    }

    /**
     * {@code attachment} with the name twice (RFC 6266): {@code filename*} in UTF-8 for every client of this
     * century, {@code filename} in plain ASCII (Vietnamese letters without their marks) for the rest.
     */
    static String attachment(String name) {
        return "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + encoded(name);
    }

    private static String ascii(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder ascii = new StringBuilder(plain.length());
        plain.chars().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        return ascii.toString();
    }

    private static String encoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return encoded.toString();
    }

    /** The parameters of a {@code Content-Disposition} header by lower-case name, quoted values unquoted. */
    static Map<String, String> parameters(String header) {
        Map<String, String> parameters = new HashMap<>();
        if (header == null) {
            return parameters;
        }
        int at = header.indexOf(';');
        while (at >= 0 && at < header.length()) {
            int equals = header.indexOf('=', at + 1);
            if (equals < 0) {
                break;
            }
            String key = header.substring(at + 1, equals).strip().toLowerCase(Locale.ROOT);
            int start = equals + 1;
            while (start < header.length() && header.charAt(start) == ' ') {
                start++;
            }
            String value;
            if (start < header.length() && header.charAt(start) == '"') {
                StringBuilder quoted = new StringBuilder();
                int i = start + 1;
                for (; i < header.length() && header.charAt(i) != '"'; i++) {
                    if (header.charAt(i) == '\\' && i + 1 < header.length()) {
                        i++;
                    }
                    quoted.append(header.charAt(i));
                }
                value = quoted.toString();
                at = header.indexOf(';', i);
            } else {
                int end = header.indexOf(';', start);
                value = header.substring(start, end < 0 ? header.length() : end).strip();
                at = end;
            }
            parameters.putIfAbsent(key, value);
        }
        return parameters;
    }

    /**
     * A plain {@code filename} as the client meant it. HTTP reads header bytes as ISO-8859-1, while tools such
     * as curl send what was typed, UTF-8: "Báo cáo.pdf" arrives as "BÃ¡o cÃ¡o.pdf". A value whose bytes are
     * valid UTF-8 with some beyond ASCII is read as UTF-8; anything else is kept as it came.
     */
    static String utf8(String value) {
        if (value.chars().allMatch(c -> c < 0x80) || value.chars().anyMatch(c -> c > 0xFF)) {
            return value;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(value.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException e) {
            return value;
        }
    }

    /** The value of an RFC 8187 extended parameter, {@code UTF-8''B%C3%A1o.pdf}; empty when it cannot be read. */
    private static Optional<String> extendedValue(String value) {
        int charsetEnd = value.indexOf('\'');
        int languageEnd = charsetEnd < 0 ? -1 : value.indexOf('\'', charsetEnd + 1);
        if (languageEnd < 0) {
            return Optional.empty();
        }
        try {
            Charset charset = Charset.forName(value.substring(0, charsetEnd));
            // URLDecoder would read '+' as a space, which RFC 8187 does not.
            return Optional.of(URLDecoder.decode(value.substring(languageEnd + 1).replace("+", "%2B"), charset));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
