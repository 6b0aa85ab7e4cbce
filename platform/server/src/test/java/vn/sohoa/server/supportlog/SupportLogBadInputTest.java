package vn.sohoa.server.supportlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.sohoa.server.supportlog.SupportLogs.LOG;
import static vn.sohoa.server.supportlog.SupportLogs.LOGS;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TestClock;

/** Every kind of bad support record is a 4xx problem naming the field, and nothing is written. */
@QuarkusTest
class SupportLogBadInputTest {

    String tenant;
    int existing;

    @BeforeEach
    void a_commune_with_a_retired_category_and_one_record() {
        tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.MEMBER, "TEAM_MEMBER");
        Fixtures.addUnit(tenant, "AP1");
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("code", "CU", "labelVi", "Cũ", "labelEn", "Old"))
                .post("/api/v1/tenants/{code}/support-categories", tenant).then().statusCode(201);
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("code", "CU", "labelVi", "Cũ", "labelEn", "Old", "active", false,
                "version", 0)).put("/api/v1/tenants/{code}/support-categories/CU", tenant).then().statusCode(200);
        existing = SupportLogs.log(Api.MEMBER, tenant, SupportLogs.record());
    }

    @AfterEach
    void nothing_was_written() {
        assertThat(SupportLogs.total(tenant)).isEqualTo(1);
        assertThat(SupportLogs.stored(tenant, existing)).containsEntry("version", 0).containsEntry("outcome", "DONE");
    }

    static Arguments bad(String why, String field, Consumer<Map<String, Object>> change) {
        return Arguments.of(why, field, change);
    }

    static Stream<Arguments> bad_records() {
        OffsetDateTime now = TestClock.suiteNow();
        return Stream.of(
                bad("tomorrow", "occurredAt", r -> r.put("occurredAt", now.plusDays(1).toString())),
                bad("two years ago", "occurredAt", r -> r.put("occurredAt", now.minusYears(2).toString())),
                bad("not a date-time", "occurredAt", r -> r.put("occurredAt", "hôm qua")),
                bad("missing time", "occurredAt", r -> r.remove("occurredAt")),
                bad("unknown sub-unit", "unitCode", r -> r.put("unitCode", "AP9")),
                bad("unknown category", "categoryCode", r -> r.put("categoryCode", "NOPE")),
                bad("retired category", "categoryCode", r -> r.put("categoryCode", "CU")),
                bad("unknown team", "teamId", r -> r.put("teamId", 999_999_999)),
                bad("unknown member", "memberId", r -> r.put("memberId", 999_999_999)),
                bad("unknown channel", "channel", r -> r.put("channel", "ZALO")),
                bad("unknown outcome", "outcome", r -> r.put("outcome", "MAYBE")),
                bad("no people", "peopleCount", r -> r.put("peopleCount", 0)),
                bad("negative people", "peopleCount", r -> r.put("peopleCount", -3)),
                bad("absurd people", "peopleCount", r -> r.put("peopleCount", 100_000)),
                bad("a group with an age band", "peopleCount", r -> r.put("peopleCount", 5)),
                bad("text for a count", "peopleCount", r -> r.put("peopleCount", "nhiều")),
                bad("zero minutes", "durationMinutes", r -> r.put("durationMinutes", 0)),
                bad("a whole day", "durationMinutes", r -> r.put("durationMinutes", 1440)),
                bad("unknown age band", "ageBand", r -> r.put("ageBand", "OLD")),
                bad("oversized note", "note", r -> r.put("note", "x".repeat(501))),
                bad("a citizen ID number in the note", "note", r -> r.put("note", "CCCD 079203001234 đã kích hoạt")),
                bad("an old ID number in the note", "note", r -> r.put("note", "CMND 361 234 567")),
                bad("a phone number in the note", "note", r -> r.put("note", "Gọi lại số 0912.345.678")),
                bad("an international phone number", "note", r -> r.put("note", "Zalo +84 912 345 678")),
                bad("unknown field", "citizenName", r -> r.put("citizenName", "Nguyễn Văn A")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_records")
    void a_bad_record_is_rejected_naming_the_field(String why, String field, Consumer<Map<String, Object>> change) {
        var body = SupportLogs.record();
        change.accept(body);
        Api.as(Api.MEMBER).body(body).post(LOGS, tenant).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void a_record_naming_an_unknown_sub_unit_and_a_retired_category_names_both() {
        var body = SupportLogs.record();
        body.put("unitCode", "AP9");
        body.put("categoryCode", "CU");
        Api.as(Api.MEMBER).body(body).post(LOGS, tenant).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("unitCode", "categoryCode"));
    }

    @Test
    void a_record_breaking_a_rule_and_naming_an_unknown_sub_unit_names_both() {
        var body = SupportLogs.record();
        body.put("unitCode", "AP9");
        body.put("note", "Gọi lại số 0912.345.678");
        Api.as(Api.MEMBER).body(body).post(LOGS, tenant).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("unitCode", "note"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_records")
    void a_bad_correction_is_rejected_and_the_record_stays(String why, String field,
                                                           Consumer<Map<String, Object>> change) {
        var body = SupportLogs.record();
        body.put("version", 0);
        change.accept(body);
        Api.as(Api.MEMBER).body(body).put(LOG, tenant, existing).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    @Test
    void dates_and_counts_in_a_note_are_not_mistaken_for_personal_numbers() {
        var body = SupportLogs.record();
        body.put("note", "Buổi 22-11-2026 lúc 10 giờ, 1 người, phí 100.000 đồng");
        int id = SupportLogs.log(Api.MEMBER, tenant, body);
        Api.as(Api.MEMBER).body(Map.of("reason", "Chỉ để kiểm tra")).delete(LOG, tenant, id).then().statusCode(204);
    }

    @Test
    void a_malformed_body_a_bad_key_or_a_bad_filter_is_a_problem() {
        Api.as(Api.MEMBER).body("{\"occurredAt\": ").post(LOGS, tenant).then().statusCode(400)
                .contentType("application/problem+json");
        Api.as(Api.MEMBER).header("Idempotency-Key", "x".repeat(101)).body(SupportLogs.record()).post(LOGS, tenant)
                .then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
        Api.as(Api.MEMBER).body(SupportLogs.record()).put(LOG, tenant, existing).then().statusCode(400)
                .body("errors.field", hasItem("version"));
        Api.as(Api.MEMBER).queryParam("from", "tuần trước").get(LOGS, tenant).then().statusCode(400)
                .body("errors.field", hasItem("from"));
        Api.as(Api.MEMBER).queryParam("member", "ai").get(LOGS, tenant).then().statusCode(400)
                .body("errors.field", hasItem("member"));
        Api.as(Api.MEMBER).body(Map.of("reason", " ")).delete(LOG, tenant, existing).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
    }
}
