package vn.sohoa.server.supportlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.sohoa.server.supportlog.SupportLogs.LOGS;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** A retried POST with the same Idempotency-Key returns the first record and writes nothing more. */
@QuarkusTest
class SupportLogIdempotencyTest {

    String tenant;

    @BeforeEach
    void a_commune_with_a_team_member() {
        tenant = SupportLogs.communeWithTeamMember();
    }

    int post(String key, java.util.Map<String, Object> body) {
        return Api.as(Api.MEMBER).header("Idempotency-Key", key).body(body).post(LOGS, tenant)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void the_same_key_twice_returns_the_same_record() {
        String key = UUID.randomUUID().toString();
        var body = SupportLogs.record();
        int first = post(key, body);
        Api.as(Api.MEMBER).header("Idempotency-Key", key).body(body).post(LOGS, tenant).then().statusCode(201)
                .body("id", equalTo(first)).header("Idempotent-Replayed", "true");
        assertThat(SupportLogs.total(tenant)).isEqualTo(1);
    }

    @Test
    void twenty_concurrent_retries_of_one_key_write_one_record() throws Exception {
        String key = UUID.randomUUID().toString();
        var body = SupportLogs.record();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return post(key, body);
                }));
            }
            start.countDown();
            List<Integer> ids = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                ids.add(answer.get());
            }
            assertThat(ids).hasSize(20).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(SupportLogs.total(tenant)).isEqualTo(1);
    }

    @Test
    void the_same_key_with_another_body_is_unprocessable_and_writes_nothing() {
        String key = UUID.randomUUID().toString();
        post(key, SupportLogs.record());
        var other = SupportLogs.record();
        other.put("outcome", "PARTIAL");
        Api.as(Api.MEMBER).header("Idempotency-Key", key).body(other).post(LOGS, tenant).then().statusCode(422)
                .contentType("application/problem+json");
        assertThat(SupportLogs.total(tenant)).isEqualTo(1);
    }

    @Test
    void someone_else_sending_the_same_key_is_not_a_retry() {
        Fixtures.addMember(tenant, Api.ADMIN_B, "TEAM_LEADER");
        String key = UUID.randomUUID().toString();
        var body = SupportLogs.record();
        post(key, body);
        Api.as(Api.ADMIN_B).header("Idempotency-Key", key).body(body).post(LOGS, tenant).then().statusCode(422);
        assertThat(SupportLogs.total(tenant)).isEqualTo(1);
    }

    @Test
    void a_rejected_request_does_not_use_up_its_key() {
        String key = UUID.randomUUID().toString();
        var body = SupportLogs.record();
        body.put("unitCode", "AP9");
        Api.as(Api.MEMBER).header("Idempotency-Key", key).body(body).post(LOGS, tenant).then().statusCode(400);
        body.put("unitCode", "AP1");
        post(key, body);
        assertThat(SupportLogs.total(tenant)).isEqualTo(1);
    }

    @Test
    void keys_are_per_tenant() {
        String other = Fixtures.newTenant();
        Fixtures.addMember(other, Api.MEMBER, "TEAM_MEMBER");
        Fixtures.addUnit(other, "AP1");
        String key = UUID.randomUUID().toString();
        var body = SupportLogs.record();
        int mine = post(key, body);
        int theirs = Api.as(Api.MEMBER).header("Idempotency-Key", key).body(body).post(LOGS, other)
                .then().statusCode(201).extract().path("id");
        assertThat(theirs).isNotEqualTo(mine);
        assertThat(SupportLogs.total(other)).isEqualTo(1);
    }

    @Test
    void an_import_sent_twice_with_one_key_records_once_and_the_key_with_another_file_is_refused() {
        String key = UUID.randomUUID().toString();
        String file = SupportLogFiles.HEADER + SupportLogFiles.line("AP1", 1) + SupportLogFiles.line("AP1", 2);
        var first = SupportLogFiles.csv(Api.MEMBER, file).header("Idempotency-Key", key)
                .post(SupportLogFiles.IMPORT, tenant).then().statusCode(201)
                .header("Idempotent-Replayed", "false").body("created", equalTo(2)).extract();

        var retry = SupportLogFiles.csv(Api.MEMBER, file).header("Idempotency-Key", key)
                .post(SupportLogFiles.IMPORT, tenant).then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract();
        assertThat(retry.body().asString()).isEqualTo(first.body().asString());
        assertThat(SupportLogs.total(tenant)).isEqualTo(2);

        String other = file + SupportLogFiles.line("AP1", 3);
        SupportLogFiles.csv(Api.MEMBER, other).header("Idempotency-Key", key).post(SupportLogFiles.IMPORT, tenant)
                .then().statusCode(422).contentType("application/problem+json");
        assertThat(SupportLogs.total(tenant)).isEqualTo(2);
    }
}
