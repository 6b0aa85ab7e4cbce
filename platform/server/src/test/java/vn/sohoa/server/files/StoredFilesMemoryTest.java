package vn.sohoa.server.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.Tokens;

/**
 * A file of 19 MB, near the server's 20 MB ceiling, is stored and downloaded while the server holds a few
 * chunks of it: the heap is measured in the middle of the upload and in the middle of the download, each
 * time with more than 14 MB of the file in flight.
 */
@QuarkusTest
@TestProfile(StoredFilesMemoryTest.TestFilesTakeUploads.class)
class StoredFilesMemoryTest {

    static final int SIZE = 19 * 1024 * 1024;
    static final long MEASURED_AT = 15L * 1024 * 1024;
    /**
     * What the server may hold in the middle. Holding the file would cost at least the 15 MB read so far (and a
     * copy or two more as it is passed on); streaming holds a 512 KiB chunk, the driver's copy of it, and the
     * sockets' buffers: the heap grew by about 1.2 MB during the upload and 1 MB during the download here.
     */
    static final long BOUND_BYTES = 8L * 1024 * 1024;

    /** The test resource's path takes bodies up to the server's ceiling, as a feature's upload path does. */
    public static class TestFilesTakeUploads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sohoa.http.upload-paths", "/api/v1/tenants/*/test-files");
        }
    }

    @Test
    void a_file_of_19_mb_is_stored_and_downloaded_with_only_a_few_chunks_of_it_in_memory() throws Exception {
        String tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.ADMIN_A, "TENANT_ADMIN");
        HttpClient client = HttpClient.newHttpClient();
        // A first, small file loads what any upload loads, so the measurement sees only what the large one holds.
        upload(client, tenant, new GeneratedPdf(600_000, Long.MAX_VALUE, () -> { }));
        long before = liveHeap();
        long[] duringUpload = new long[1];
        GeneratedPdf file = new GeneratedPdf(SIZE, MEASURED_AT, () -> duringUpload[0] = liveHeap());

        JsonPath stored = upload(client, tenant, file);
        String expected = file.sha256();

        assertThat(stored.getLong("size")).isEqualTo(SIZE);
        assertThat(stored.getString("sha256")).isEqualTo(expected);
        assertThat(duringUpload[0] - before).as("heap grown in the middle of the upload").isLessThan(BOUND_BYTES);

        HttpRequest download = HttpRequest.newBuilder(URI.create(base(tenant) + "/" + stored.getLong("id")))
                .header("Authorization", "Bearer " + Tokens.of(Api.ADMIN_A)).build();
        // The JDK client, not RestAssured, which may buffer the whole body in this same heap.
        HttpResponse<InputStream> response = client.send(download, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        MessageDigest digest = sha256();
        long received = 0;
        long duringDownload = 0;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                if (received < MEASURED_AT && received + read >= MEASURED_AT) {
                    // The rest is unread, so the server is waiting in the middle of the file: whatever it holds of
                    // the file is reachable now.
                    duringDownload = liveHeap();
                }
                digest.update(buffer, 0, read);
                received += read;
            }
        }
        assertThat(received).isEqualTo(SIZE);
        assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(expected);
        assertThat(duringDownload - before).as("heap grown in the middle of the download").isLessThan(BOUND_BYTES);
    }

    private static JsonPath upload(HttpClient client, String tenant, GeneratedPdf file) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base(tenant) + "?maxBytes=" + 20 * 1024 * 1024))
                .header("Authorization", "Bearer " + Tokens.of(Api.ADMIN_A))
                .header("Content-Type", "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"Ho so minh chung.pdf\"")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> file),
                        file.size))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonPath.from(response.body());
    }

    private static String base(String tenant) {
        return "http://127.0.0.1:" + RestAssured.port + "/api/v1/tenants/" + tenant + "/test-files";
    }

    /** The heap in use after full collections: what is still reachable. */
    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A PDF made up as it is read, never held: its signature, then random bytes. Runs {@code atMark} once when
     * {@code mark} bytes have been handed out.
     */
    static final class GeneratedPdf extends InputStream {

        private static final byte[] HEAD = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

        final long size;
        private final long mark;
        private final Runnable atMark;
        private final Random random = new Random(42);
        private final MessageDigest digest = StoredFilesMemoryTest.sha256();
        private long position;

        GeneratedPdf(long size, long mark, Runnable atMark) {
            this.size = size;
            this.mark = mark;
            this.atMark = atMark;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            if (position < mark && position + length >= mark) {
                atMark.run();
            }
            int count = (int) Math.min(length, size - position);
            byte[] bytes = new byte[count];
            random.nextBytes(bytes);
            for (int i = 0; i < count && position + i < HEAD.length; i++) {
                bytes[i] = HEAD[(int) position + i];
            }
            System.arraycopy(bytes, 0, buffer, offset, count);
            digest.update(bytes);
            position += count;
            return count;
        }

        /** The digest of everything handed out, once all of it has been. */
        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
