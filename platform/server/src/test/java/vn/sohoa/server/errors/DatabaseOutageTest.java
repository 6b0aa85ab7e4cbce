package vn.sohoa.server.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TenantSql;
import vn.sohoa.server.support.TestClock;

/**
 * PostgreSQL goes away under a burst of support-log POSTs and comes back. The application reaches the shared
 * database through a {@link DatabaseProxy} that the test cuts (every connection dropped, new ones closed at once,
 * as while PostgreSQL restarts) and restores — the database other tests use never stops. Writes during the outage
 * are answered 503 problem+json with {@code Retry-After}; the client waits that long and sends the same request
 * with the same {@code Idempotency-Key} until it is acknowledged. At the end every acknowledged record exists
 * exactly once, and no request was answered 500.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ThroughAProxy.class)
class DatabaseOutageTest {

    private static final int WRITERS = 4;
    private static final int MOST_RECORDS_EACH = 500;
    private static final int ATTEMPTS = 30;

    /** The application's datasource points at the proxy, which points at the test database. */
    public static class ThroughAProxy implements QuarkusTestProfile {

        private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/(.+)");

        @Override
        public Map<String, String> getConfigOverrides() {
            String url = System.getenv().getOrDefault("_TEST_QUARKUS_DATASOURCE_JDBC_URL",
                    "jdbc:postgresql://127.0.0.1:5432/sohoa_test");
            Matcher parts = JDBC_URL.matcher(url);
            if (!parts.matches()) {
                throw new IllegalStateException("Not a PostgreSQL JDBC URL: " + url);
            }
            int port = parts.group(2) == null ? 5432 : Integer.parseInt(parts.group(2));
            DatabaseProxyMBean proxy = DatabaseProxy.towards(parts.group(1), port);
            String proxied = "jdbc:postgresql://127.0.0.1:" + proxy.getPort() + "/" + parts.group(3);
            return Map.of("quarkus.datasource.jdbc.url", proxied, "%test.quarkus.datasource.jdbc.url", proxied);
        }
    }

    /** One answer the client got: its status and, for a 503, whether it said when to retry. */
    record Answer(int status, String contentType, String retryAfter) {}

    @Inject
    AgroalDataSource dataSource;

    final List<Answer> answers = Collections.synchronizedList(new ArrayList<>());

    final AtomicBoolean outagesOver = new AtomicBoolean();

    @Test
    void writes_during_an_outage_are_503_and_every_acknowledged_one_is_stored_exactly_once() throws Exception {
        DatabaseProxyMBean proxy = DatabaseProxy.control();
        String tenant = Fixtures.newTenant();
        Fixtures.addUnit(tenant, "AP1");
        assertThat(proxy.getConnections()).as("the application reaches PostgreSQL through the proxy").isPositive();

        ExecutorService clients = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch everyoneWriting = new CountDownLatch(WRITERS);
        List<Future<List<String>>> writers = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            int number = writer;
            writers.add(clients.submit(() -> write(tenant, number, everyoneWriting)));
        }
        assertThat(everyoneWriting.await(120, TimeUnit.SECONDS)).isTrue();
        // Longer than Retry-After: retries during the outage find PostgreSQL refusing new connections too.
        for (int outage = 0; outage < 2; outage++) {
            proxy.cut();
            Thread.sleep(5000);
            proxy.restore();
            Thread.sleep(1000);
        }
        outagesOver.set(true);
        List<String> acknowledged = new ArrayList<>();
        for (Future<List<String>> writer : writers) {
            acknowledged.addAll(writer.get(300, TimeUnit.SECONDS));
        }
        clients.shutdown();

        assertThat(answers).noneMatch(answer -> answer.status() >= 500 && answer.status() != 503);
        assertThat(answers).filteredOn(answer -> answer.status() == 503).isNotEmpty()
                .allMatch(answer -> answer.contentType().startsWith("application/problem+json"))
                .allMatch(answer -> "2".equals(answer.retryAfter()));
        assertThat(acknowledged).doesNotHaveDuplicates();
        assertThat(TenantSql.strings(dataSource, tenant, "select id::text from support_log where tenant_id = ?",
                tenant)).containsExactlyInAnyOrderElementsOf(acknowledged);
    }

    /**
     * Logs this writer's records one after the other until the outages are over, each retried with its key
     * until acknowledged; a record never acknowledged fails the test.
     */
    private List<String> write(String tenant, int writer, CountDownLatch everyoneWriting) throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int record = 0; record < MOST_RECORDS_EACH && !outagesOver.get(); record++) {
            String key = tenant + "-" + writer + "-" + record;
            Map<String, Object> body = Map.of("occurredAt",
                    TestClock.suiteNow().minusDays(1).withNano(0).toString(), "unitCode", "AP1",
                    "categoryCode", "VNEID", "channel", "OFFICE", "peopleCount", 1 + writer, "outcome", "DONE");
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Response response = Api.as(Api.PROVINCE_ADMIN).header("Idempotency-Key", key).body(body)
                        .post("/api/v1/tenants/{code}/support-logs", tenant);
                answers.add(new Answer(response.statusCode(), String.valueOf(response.contentType()),
                        response.header("Retry-After")));
                if (response.statusCode() == 201) {
                    ids.add(String.valueOf(response.jsonPath().getLong("id")));
                    break;
                }
                if (response.statusCode() != 503) {
                    throw new AssertionError("Answered " + response.statusCode() + ": " + response.asString());
                }
                Thread.sleep(Long.parseLong(response.header("Retry-After")) * 1000);
            }
            if (ids.size() != record + 1) {
                throw new AssertionError("Record " + key + " was never acknowledged");
            }
            if (record == 0) {
                everyoneWriting.countDown();
            }
        }
        return ids;
    }
}
