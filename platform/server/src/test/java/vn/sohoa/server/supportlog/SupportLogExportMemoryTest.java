package vn.sohoa.server.supportlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TenantSql;
import vn.sohoa.server.support.Tokens;

/** An export of 100,000 records is streamed: the server never holds the whole result. */
@QuarkusTest
class SupportLogExportMemoryTest {

    static final int RECORDS = 100_000;
    /** A note of 300 characters makes each record large enough that holding them all would show. */
    static final int NOTE_LENGTH = 300;
    /**
     * What the server may hold in the middle of the export. 100,000 records with their notes take well over
     * 60 MB as entities (materialising them with getResultList grew the heap by about 90 MB here), and as
     * much again as JDBC rows were the driver to read them all at once; streaming holds one fetch of 500
     * rows and the socket's buffers.
     */
    static final long BOUND_BYTES = 24L * 1024 * 1024;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void an_export_of_100000_records_holds_no_more_than_a_few_of_them_in_memory() throws Exception {
        String tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.VIEWER, "VIEWER");
        Fixtures.addUnit(tenant, "AP1");
        insertRecords(tenant);
        long before = liveHeap();

        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port
                        + "/api/v1/tenants/" + tenant + "/support-logs/export?format=csv"))
                .header("Authorization", "Bearer " + Tokens.of(Api.VIEWER)).header("Accept", "text/csv").build();
        // The JDK client, not RestAssured, which may buffer the whole body in this same heap.
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        long lines = 0;
        long during;
        try (var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            while (lines < 1 + RECORDS / 2 && reader.readLine() != null) {
                lines++;
            }
            // Half of the file is still unread, so the server is waiting for the client in the middle of its
            // query: whatever it holds of the result is reachable now, and survives a full collection.
            during = liveHeap();
            while (reader.readLine() != null) {
                lines++;
            }
        }
        assertThat(lines).isEqualTo(1 + RECORDS);
        assertThat(during - before).as("heap grown in the middle of the export").isLessThan(BOUND_BYTES);
    }

    /** Inserts the records with one statement, as the application role inside the tenant (row-level security). */
    private void insertRecords(String tenant) throws SQLException {
        assertThat(TenantSql.update(dataSource, tenant, """
                insert into support_log (tenant_id, occurred_at, unit_code, category_code, channel, people_count,
                                         outcome, note, author_subject, author_username)
                select ?, now() - make_interval(mins => g), 'AP1', 'VNEID', 'OFFICE', 1, 'DONE', repeat('x', ?),
                       'test', 'test'
                  from generate_series(1, ?) as g""", tenant, NOTE_LENGTH, RECORDS)).isEqualTo(RECORDS);
    }

    /** The heap in use after full collections: what is still reachable. */
    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
