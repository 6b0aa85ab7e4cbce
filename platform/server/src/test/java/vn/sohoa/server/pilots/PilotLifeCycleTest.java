package vn.sohoa.server.pilots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.TestClock;

/** A pilot's way from draft to approval and running, through the API, and the history it leaves. */
@QuarkusTest
class PilotLifeCycleTest {

    PilotFixtures world;

    @Inject
    TestClock clock;

    @BeforeEach
    void a_province_with_two_communes() {
        world = new PilotFixtures();
    }

    @AfterEach
    void back_to_the_systems_time() {
        clock.reset();
    }

    @Test
    void a_commune_lists_its_own_and_its_provinces_templates() {
        PilotFixtures.marketTemplate(world.province, Api.ADMIN_B, "CHO40");
        PilotFixtures.marketTemplate(world.commune, Api.ADMIN_A, "CHO-RIENG");
        Api.as(Api.ADMIN_A).get(PilotFixtures.TEMPLATES, world.commune).then().statusCode(200)
                .body("code", equalTo(List.of("CHO-RIENG", "CHO40")))
                .body("[1].tenantCode", equalTo(world.province))
                .body("[1].design.criteria[0].steps[0].points", equalTo(40));
        Api.as(Api.ADMIN_B).get(PilotFixtures.TEMPLATES, world.province).then().body("code", equalTo(List.of("CHO40")));
        Api.as(Api.MEMBER).get(PilotFixtures.TEMPLATES, world.sibling).then().body("code", equalTo(List.of("CHO40")));
    }

    @Test
    void a_pilot_copies_its_template_and_keeps_the_copy_when_the_template_changes() {
        int pilot = world.draftPilot();
        var template = Api.as(Api.ADMIN_B).get(PilotFixtures.TEMPLATES, world.province).then().extract().jsonPath();
        Map<String, Object> changed = Map.of("code", template.getString("[0].code"), "name", "Chợ 4.0 (sửa)",
                "field", "COMMERCE", "design", Map.of("kpis", List.of()), "version", template.getInt("[0].version"));
        Api.as(Api.ADMIN_B).body(changed).put(PilotFixtures.TEMPLATES + "/{id}", world.province, template.getInt("[0].id"))
                .then().statusCode(200).body("design.kpis.size()", equalTo(0));
        Api.as(Api.ADMIN_A).get(PilotFixtures.PILOT, world.commune, pilot).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("templateTenant", equalTo(world.province))
                .body("kpis.code", equalTo(List.of("QR", "CASHLESS_FEE"))).body("criteria.size()", equalTo(3))
                .body("bands.name", equalTo(List.of("Mức 1", "Mức 2", "Mức 3")));
    }

    @Test
    void a_pilot_is_proposed_returned_proposed_again_approved_and_started_and_its_history_kept() {
        int pilot = world.draftPilot();
        assertThat(world.step(Api.ADMIN_A, pilot, "PROPOSE")).isEqualTo(200);
        assertThat(world.step(Api.ADMIN_B, pilot, "RETURN")).isEqualTo(200);
        var edit = Api.as(Api.ADMIN_A).get(PilotFixtures.PILOT, world.commune, pilot).then().extract().jsonPath();
        var body = new java.util.HashMap<>(PilotFixtures.pilotFrom(null));
        body.put("objectives", "80% tiểu thương có mã QR");
        body.put("version", edit.getInt("version"));
        Api.as(Api.ADMIN_A).body(body).put(PilotFixtures.PILOT, world.commune, pilot).then().statusCode(200)
                .body("objectives", equalTo("80% tiểu thương có mã QR")).body("kpis.size()", equalTo(2));
        assertThat(world.step(Api.ADMIN_A, pilot, "PROPOSE")).isEqualTo(200);
        assertThat(world.step(Api.ADMIN_B, pilot, "APPROVE")).isEqualTo(200);
        assertThat(world.step(Api.ADMIN_A, pilot, "START")).isEqualTo(200);

        Api.as(Api.ADMIN_A).get(PilotFixtures.PILOT, world.commune, pilot).then().body("status", equalTo("RUNNING"))
                .body("decisionNumber", equalTo("123/QĐ-UBND")).body("decisionDate", equalTo("2026-02-01"));
        Api.as(Api.ADMIN_A).get(PilotFixtures.TRANSITIONS, world.commune, pilot).then().statusCode(200)
                .body("action", equalTo(List.of("PROPOSE", "RETURN", "PROPOSE", "APPROVE", "START")))
                .body("toStatus", equalTo(List.of("PROPOSED", "RETURNED", "PROPOSED", "APPROVED", "RUNNING")))
                .body("actor", equalTo(List.of(Api.ADMIN_A, Api.ADMIN_B, Api.ADMIN_A, Api.ADMIN_B, Api.ADMIN_A)))
                .body("[1].comment", equalTo("Ý kiến RETURN"));
        Api.as(Api.ADMIN_A).queryParam("entityType", "PilotTransition").get("/api/v1/tenants/{code}/audit", world.commune)
                .then().statusCode(200).body("items.action", hasItem("CREATE"));
    }

    @Test
    void an_approved_plan_is_not_edited_an_interim_review_returned_runs_again_and_a_stopped_pilot_takes_nothing() {
        int pilot = world.runningPilot();
        var body = new java.util.HashMap<>(PilotFixtures.pilotFrom(null));
        body.put("version", Api.as(Api.ADMIN_A).get(PilotFixtures.PILOT, world.commune, pilot).then().extract()
                .path("version"));
        Api.as(Api.ADMIN_A).body(body).put(PilotFixtures.PILOT, world.commune, pilot).then().statusCode(409);

        assertThat(world.step(Api.ADMIN_A, pilot, "REVIEW")).isEqualTo(200);
        assertThat(world.step(Api.ADMIN_B, pilot, "RETURN")).isEqualTo(200);
        Api.as(Api.ADMIN_A).get(PilotFixtures.PILOT, world.commune, pilot).then().body("status", equalTo("RUNNING"));
        assertThat(world.step(Api.ADMIN_B, pilot, "STOP")).isEqualTo(200);

        Api.as(Api.ADMIN_A).get(PilotFixtures.PILOT, world.commune, pilot).then().body("status", equalTo("STOPPED"));
        Api.as(Api.ADMIN_A).get(PilotFixtures.TRANSITIONS, world.commune, pilot).then()
                .body("action", equalTo(List.of("PROPOSE", "APPROVE", "START", "REVIEW", "RETURN", "STOP")))
                .body("[5].comment", equalTo("Ý kiến STOP")).body("[4].toStatus", equalTo("RUNNING"));
        Api.as(Api.ADMIN_A).body(Map.of("kpiCode", "CASHLESS_FEE", "period", "2026-03", "value", 1))
                .post(PilotFixtures.MEASUREMENTS, world.commune, pilot).then().statusCode(409);
        assertThat(world.step(Api.ADMIN_A, pilot, "START")).isEqualTo(409);
        assertThat(world.step(Api.ADMIN_B, pilot, "CLOSE")).isEqualTo(409);
    }

    @Test
    void an_evaluation_waits_for_the_interim_review_keeps_points_within_the_maximum_and_a_closed_pilot_is_done() {
        int pilot = world.runningPilot();
        Map<String, Object> evaluation = Map.of("recognised", false, "comment", "Chưa đủ điều kiện công nhận",
                "scores", List.of(Map.of("criterionCode", "C3", "points", 20)));
        Api.as(Api.ADMIN_B).body(evaluation).post(PilotFixtures.PILOT + "/evaluation", world.commune, pilot).then()
                .statusCode(409);
        Api.as(Api.ADMIN_A).body(Map.of("kpiCode", "QR", "period", "2026-03", "numerator", 60, "denominator", 100))
                .post(PilotFixtures.MEASUREMENTS, world.commune, pilot).then().statusCode(201);
        Api.as(Api.ADMIN_A).body(Map.of("kpiCode", "CASHLESS_FEE", "period", "2026-03", "value", 0))
                .post(PilotFixtures.MEASUREMENTS, world.commune, pilot).then().statusCode(201);
        assertThat(world.step(Api.ADMIN_A, pilot, "REVIEW")).isEqualTo(200);

        Api.as(Api.ADMIN_B).body(Map.of("recognised", false, "comment", "Quá điểm",
                        "scores", List.of(Map.of("criterionCode", "C3", "points", 31))))
                .post(PilotFixtures.PILOT + "/evaluation", world.commune, pilot).then().statusCode(400)
                .body("errors.field", hasItem("scores[0].points"));
        Api.as(Api.ADMIN_A).get(PilotFixtures.PILOT, world.commune, pilot).then().body("status", equalTo("REVIEWED"))
                .body("evaluation", org.hamcrest.Matchers.nullValue());
        Api.as(Api.ADMIN_B).body(evaluation).post(PilotFixtures.PILOT + "/evaluation", world.commune, pilot).then()
                .statusCode(200);
        assertThat(world.step(Api.ADMIN_B, pilot, "CLOSE")).isEqualTo(200);
        Api.as(Api.ADMIN_A).get(PilotFixtures.PILOT, world.commune, pilot).then().body("status", equalTo("CLOSED"))
                .body("recognised", equalTo(false));
        assertThat(world.step(Api.ADMIN_B, pilot, "STOP")).isEqualTo(409);
    }

    @Test
    void a_pilot_brought_over_from_paper_keeps_the_days_its_steps_took_effect_in_order() {
        clock.startAt(OffsetDateTime.parse("2026-11-15T10:00:00+07:00").toInstant());
        int pilot = world.draftPilot();
        assertThat(world.step(Api.ADMIN_A, pilot, "PROPOSE", "2026-01-05")).isEqualTo(200);
        assertThat(world.step(Api.ADMIN_B, pilot, "APPROVE", "2026-02-01")).isEqualTo(200);
        assertThat(world.step(Api.ADMIN_A, pilot, "START", "2026-01-31")).isEqualTo(400);
        assertThat(world.step(Api.ADMIN_A, pilot, "START", "2026-02-01")).isEqualTo(200);
        assertThat(world.step(Api.ADMIN_A, pilot, "REVIEW")).isEqualTo(200);

        var steps = Api.as(Api.ADMIN_A).get(PilotFixtures.TRANSITIONS, world.commune, pilot).then().statusCode(200)
                .body("action", equalTo(List.of("PROPOSE", "APPROVE", "START", "REVIEW")))
                .extract().jsonPath();
        assertThat(steps.getList("effectiveOn", String.class).subList(0, 3))
                .containsExactly("2026-01-05", "2026-02-01", "2026-02-01");
        // A step given no day takes effect on the day it is written down.
        assertThat(steps.getString("[3].effectiveOn")).isEqualTo("2026-11-15");
    }

    @Test
    void the_list_filters_by_status_and_field_and_searches_without_diacritics() {
        int running = world.runningPilot();
        Api.as(Api.ADMIN_A).body(PilotFixtures.pilotFrom(null)).post(PilotFixtures.PILOTS, world.commune)
                .then().statusCode(201);
        Api.as(Api.ADMIN_A).get(PilotFixtures.PILOTS, world.commune).then().body("total", equalTo(2));
        Api.as(Api.ADMIN_A).queryParam("status", "RUNNING").get(PilotFixtures.PILOTS, world.commune).then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(running));
        Api.as(Api.ADMIN_A).queryParam("field", "EDUCATION").get(PilotFixtures.PILOTS, world.commune).then()
                .body("total", equalTo(0));
        Api.as(Api.ADMIN_B).queryParam("search", "cho vi thanh").get(PilotFixtures.PILOTS, world.commune).then()
                .body("total", equalTo(2)).body("items.status", hasItems("RUNNING", "DRAFT"));
    }
}
