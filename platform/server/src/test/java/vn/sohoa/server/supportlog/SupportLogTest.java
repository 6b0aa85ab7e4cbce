package vn.sohoa.server.supportlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.sohoa.server.supportlog.SupportLogs.LOG;
import static vn.sohoa.server.supportlog.SupportLogs.LOGS;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TenantSql;
import vn.sohoa.server.support.TestClock;

/** Logging support, listing it, and correcting or deleting a record: who may, and for how long. */
@QuarkusTest
class SupportLogTest {

    @Inject
    AgroalDataSource dataSource;

    String tenant;

    @BeforeEach
    void a_commune_with_an_admin_a_leader_a_team_member_and_a_viewer() {
        tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(tenant, Api.ADMIN_B, "TEAM_LEADER");
        Fixtures.addMember(tenant, Api.MEMBER, "TEAM_MEMBER");
        Fixtures.addMember(tenant, Api.VIEWER, "VIEWER");
        Fixtures.addUnit(tenant, "AP1");
        Fixtures.addUnit(tenant, "AP2");
    }

    @Test
    void a_team_member_logs_support_and_gets_the_record_back_with_a_version() {
        var body = SupportLogs.record();
        Api.as(Api.MEMBER).body(body).post(LOGS, tenant).then().statusCode(201)
                .header("Location", containsString("/support-logs/"))
                .body("categoryCode", equalTo("VNEID")).body("unitCode", equalTo("AP1"))
                .body("peopleCount", equalTo(1)).body("ageBand", equalTo("FROM_60"))
                .body("author", equalTo(Api.MEMBER)).body("version", equalTo(0)).body("teamId", nullValue());
    }

    @Test
    void every_age_band_is_stored_including_the_two_with_thirteen_letters() {
        for (String band : List.of("UNDER_18", "FROM_18_TO_35", "FROM_36_TO_59", "FROM_60")) {
            var body = SupportLogs.record();
            body.put("ageBand", band);
            Api.as(Api.MEMBER).body(body).post(LOGS, tenant).then().statusCode(201).body("ageBand", equalTo(band));
        }
    }

    @Test
    void a_record_names_the_member_who_helped_and_their_team() {
        int team = Fixtures.addTeam(tenant, "AP1");
        int volunteer = Fixtures.addVolunteer(tenant, team);
        var body = SupportLogs.record();
        body.put("memberId", volunteer);
        // A leader logs on behalf of a volunteer without an account; the team follows from the member.
        Api.as(Api.ADMIN_B).body(body).post(LOGS, tenant).then().statusCode(201)
                .body("memberId", equalTo(volunteer)).body("teamId", equalTo(team));
        Api.as(Api.VIEWER).queryParam("member", volunteer).get(LOGS, tenant).then().body("total", equalTo(1));

        // A plain team member logs only their own help, and nobody names a member on a day before they joined.
        Api.as(Api.MEMBER).body(body).post(LOGS, tenant).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("memberId"))
                .body("detail", containsString("on someone else's behalf"));
        body.put("occurredAt", TestClock.suiteNow().minusMonths(2).withNano(0).toString());
        Api.as(Api.ADMIN_B).body(body).post(LOGS, tenant).then().statusCode(400)
                .body("errors.field", hasItem("memberId")).body("detail", containsString("was not in the team on"));
        Api.as(Api.VIEWER).get(LOGS, tenant).then().body("total", equalTo(1));
    }


    @Test
    void the_list_is_newest_first_filtered_and_counted() {
        OffsetDateTime now = TestClock.suiteNow().withNano(0);
        for (int daysAgo : List.of(3, 1, 2)) {
            var body = SupportLogs.record();
            body.put("occurredAt", now.minusDays(daysAgo).toString());
            body.put("unitCode", daysAgo == 2 ? "AP2" : "AP1");
            body.put("categoryCode", daysAgo == 3 ? "CASHLESS" : "VNEID");
            SupportLogs.log(Api.MEMBER, tenant, body);
        }
        var all = Api.as(Api.VIEWER).queryParam("size", 2).get(LOGS, tenant).then().statusCode(200)
                .body("total", equalTo(3)).body("size", equalTo(2)).extract().jsonPath();
        assertThat(all.getList("items.occurredAt", String.class)).isSortedAccordingTo((a, b) -> b.compareTo(a));
        Api.as(Api.VIEWER).queryParam("unit", "AP2").get(LOGS, tenant).then().body("total", equalTo(1));
        Api.as(Api.VIEWER).queryParam("category", "CASHLESS").get(LOGS, tenant).then().body("total", equalTo(1));
        Api.as(Api.VIEWER).queryParam("from", now.minusDays(2).minusMinutes(1).toString())
                .get(LOGS, tenant).then().body("total", equalTo(2));
        Api.as(Api.VIEWER).queryParam("to", now.minusDays(3).toLocalDate().toString())
                .get(LOGS, tenant).then().body("total", equalTo(1));
    }

    @Test
    void retiring_a_category_keeps_its_records_listed_and_correctable_but_takes_no_new_ones() {
        String categories = "/api/v1/tenants/{code}/support-categories";
        Api.as(Api.ADMIN_A).body(Map.of("code", "NONG_SAN", "labelVi", "Bán nông sản", "labelEn", "Produce"))
                .post(categories, tenant).then().statusCode(201);
        var body = SupportLogs.record();
        body.put("categoryCode", "NONG_SAN");
        int id = SupportLogs.log(Api.MEMBER, tenant, body);
        Api.as(Api.ADMIN_A).body(Map.of("code", "NONG_SAN", "labelVi", "Bán nông sản", "labelEn", "Produce",
                "active", false, "version", 0)).put(categories + "/NONG_SAN", tenant).then().statusCode(200);
        Api.as(Api.VIEWER).queryParam("category", "NONG_SAN").get(LOGS, tenant).then().body("total", equalTo(1));
        body.put("durationMinutes", 45);
        body.put("version", 0);
        Api.as(Api.MEMBER).body(body).put(LOG, tenant, id).then().statusCode(200).body("durationMinutes", equalTo(45));
        body.remove("version");
        Api.as(Api.MEMBER).body(body).post(LOGS, tenant).then().statusCode(400)
                .body("errors.field", hasItem("categoryCode"));
    }

    @Test
    void a_viewer_cannot_log_support() {
        Api.as(Api.VIEWER).body(SupportLogs.record()).post(LOGS, tenant).then().statusCode(403)
                .contentType("application/problem+json");
        assertThat(SupportLogs.total(tenant)).isZero();
    }

    @Test
    void the_author_corrects_their_record_with_its_version_and_a_stale_version_is_refused() {
        int id = SupportLogs.log(Api.MEMBER, tenant, SupportLogs.record());
        var correction = SupportLogs.record();
        correction.put("peopleCount", 12);
        correction.remove("ageBand");
        correction.remove("gender");
        correction.put("channel", "COMMUNITY_EVENT");
        correction.put("version", 0);
        Api.as(Api.MEMBER).body(correction).put(LOG, tenant, id).then().statusCode(200)
                .body("peopleCount", equalTo(12)).body("version", equalTo(1)).body("ageBand", nullValue());
        Api.as(Api.MEMBER).body(correction).put(LOG, tenant, id).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:sohoa:problem:stale-version"));
    }

    @Test
    void a_team_member_cannot_correct_or_delete_someone_elses_record_but_a_leader_can() {
        int id = SupportLogs.log(Api.ADMIN_A, tenant, SupportLogs.record());
        var correction = SupportLogs.record();
        correction.put("outcome", "REFERRED");
        correction.put("version", 0);
        Api.as(Api.MEMBER).body(correction).put(LOG, tenant, id).then().statusCode(403)
                .body("detail", containsString(Api.ADMIN_A));
        Api.as(Api.MEMBER).body(Map.of("reason", "Nhập nhầm")).delete(LOG, tenant, id).then().statusCode(403);
        assertThat(SupportLogs.stored(tenant, id)).containsEntry("outcome", "DONE").containsEntry("version", 0);
        Api.as(Api.ADMIN_B).body(correction).put(LOG, tenant, id).then().statusCode(200)
                .body("outcome", equalTo("REFERRED"));
    }

    @Test
    void a_deleted_record_leaves_the_list_but_stays_in_the_audit_trail_with_its_reason() {
        int kept = SupportLogs.log(Api.MEMBER, tenant, SupportLogs.record());
        int deleted = SupportLogs.log(Api.MEMBER, tenant, SupportLogs.record());
        Api.as(Api.MEMBER).delete(LOG, tenant, deleted).then().statusCode(400);
        Api.as(Api.MEMBER).body(Map.of("reason", "Nhập trùng")).delete(LOG, tenant, deleted).then().statusCode(204);
        Api.as(Api.VIEWER).get(LOGS, tenant).then().body("total", equalTo(1)).body("items[0].id", equalTo(kept));
        Api.as(Api.VIEWER).get(LOG, tenant, deleted).then().statusCode(404);
        Api.as(Api.MEMBER).body(Map.of("reason", "Lần nữa")).delete(LOG, tenant, deleted).then().statusCode(404);
        Api.as(Api.ADMIN_A).queryParam("entityType", "SupportLog").get("/api/v1/tenants/{code}/audit", tenant)
                .then().statusCode(200)
                .body("items.findAll { it.entityKey == '" + deleted + "' }.action", equalTo(List.of("UPDATE", "CREATE")))
                .body("items.find { it.entityKey == '" + deleted + "' && it.action == 'UPDATE' }.changes.deleted_reason.after",
                        equalTo("Nhập trùng"));
    }

    @Test
    void a_record_older_than_the_correction_window_cannot_be_changed() throws SQLException {
        int id = SupportLogs.log(Api.MEMBER, tenant, SupportLogs.record());
        loggedDaysAgo(id, 31);
        var correction = SupportLogs.record();
        correction.put("version", 0);
        Api.as(Api.ADMIN_A).body(correction).put(LOG, tenant, id).then().statusCode(409)
                .body("detail", containsString("within 30 days"));
        Api.as(Api.MEMBER).body(Map.of("reason", "Muộn")).delete(LOG, tenant, id).then().statusCode(409);
        assertThat(SupportLogs.total(tenant)).isEqualTo(1);
    }

    @Test
    void a_suspended_tenant_refuses_new_support_records() {
        String commune = Fixtures.newTenant(tenant);
        Fixtures.addMember(commune, Api.MEMBER, "TEAM_MEMBER");
        Fixtures.addUnit(commune, "AP1");
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("reason", "Chờ sáp nhập"))
                .post("/api/v1/tenants/{code}/suspend", commune).then().statusCode(200);
        Api.as(Api.MEMBER).body(SupportLogs.record()).post(LOGS, commune).then().statusCode(409)
                .body("type", equalTo("urn:sohoa:problem:tenant-not-active"));
        assertThat(SupportLogs.total(commune)).isZero();
    }

    /** Moves a record's logging time back, as if it had been logged that long ago. */
    private void loggedDaysAgo(int id, int days) throws SQLException {
        assertThat(TenantSql.update(dataSource, tenant, "update support_log set created_at = now() - "
                + "make_interval(days => ?) where id = ?", days, (long) id)).isEqualTo(1);
    }
}
