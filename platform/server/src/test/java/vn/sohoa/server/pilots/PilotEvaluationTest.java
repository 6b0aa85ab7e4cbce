package vn.sohoa.server.pilots;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TestClock;

/**
 * A pilot from running to replication through the API: actuals with a correction and a late month, automatic
 * scores, the self-assessment, the evaluation with recognition, replication and the province's overview.
 */
@QuarkusTest
class PilotEvaluationTest {

    @Inject
    TestClock clock;

    PilotFixtures world;
    int pilot;

    @BeforeEach
    void a_running_pilot_on_the_tenth_of_april() {
        clock.startAt(Instant.parse("2026-04-10T03:00:00Z"));
        world = new PilotFixtures();
        pilot = world.runningPilot();
    }

    @AfterEach
    void back_to_the_systems_time() {
        clock.reset();
    }

    private void measure(String kpi, String period, Map<String, Object> actual) {
        var body = new java.util.HashMap<String, Object>(actual);
        body.put("kpiCode", kpi);
        body.put("period", period);
        Api.as(Api.ADMIN_A).body(body).post(PilotFixtures.MEASUREMENTS, world.commune, pilot).then().statusCode(201);
    }

    @Test
    void actuals_are_corrected_with_history_and_a_missing_month_is_late() {
        measure("QR", "2026-01", Map.of("numerator", 50, "denominator", 100));
        measure("QR", "2026-03", Map.of("numerator", 95, "denominator", 100, "note", "Theo danh sách ban quản lý chợ"));
        measure("QR", "2026-03", Map.of("numerator", 92, "denominator", 100, "note", "Sửa: 3 quầy đã nghỉ"));

        Api.as(Api.ADMIN_A).get(PilotFixtures.MEASUREMENTS, world.commune, pilot).then().statusCode(200)
                .body("period", equalTo(List.of("2026-01", "2026-03"))).body("[1].value", equalTo(92.0f));
        Api.as(Api.ADMIN_A).queryParam("history", true).get(PilotFixtures.MEASUREMENTS, world.commune, pilot).then()
                .body("size()", equalTo(3)).body("[1].numerator", equalTo(95.0f))
                .body("[1].supersededAt", org.hamcrest.Matchers.notNullValue()).body("[2].supersededAt", nullValue());
        Api.as(Api.ADMIN_A).get(PilotFixtures.MEASUREMENTS + "/progress", world.commune, pilot).then().statusCode(200)
                .body("[0].kpi.code", equalTo("QR"))
                .body("[0].periods.period", equalTo(List.of("2026-01", "2026-02", "2026-03")))
                .body("[0].periods.late", equalTo(List.of(false, true, false)))
                .body("[0].reached", equalTo(true))
                .body("[1].periods.late", equalTo(List.of(true, true, true)));
    }

    @Test
    void a_recognised_pilot_is_scored_evaluated_replicated_and_counted_in_the_overview() {
        measure("QR", "2026-03", Map.of("numerator", 92, "denominator", 100));
        measure("CASHLESS_FEE", "2026-03", Map.of("value", 1));
        Api.as(Api.ADMIN_A).get(PilotFixtures.PILOT + "/self-assessment", world.commune, pilot).then().statusCode(200)
                .body("automaticPoints", equalTo(java.util.Arrays.asList(40, 30, null)));
        Api.as(Api.ADMIN_A).body(Map.of("scores", List.of(Map.of("criterionCode", "C3", "points", 20))))
                .put(PilotFixtures.PILOT + "/self-assessment", world.commune, pilot).then().statusCode(200)
                .body("total", equalTo(90)).body("level", equalTo("Mức 3"));
        world.step(Api.ADMIN_A, pilot, "REVIEW");

        Map<String, Object> evaluation = Map.of("recognised", true, "comment", "Công nhận mô hình",
                "scores", List.of(Map.of("criterionCode", "C1", "points", 30, "overrideReason", "Chưa kiểm chứng đủ"),
                        Map.of("criterionCode", "C3", "points", 25)));
        Api.as(Api.ADMIN_B).body(evaluation).post(PilotFixtures.PILOT + "/evaluation", world.commune, pilot).then()
                .statusCode(200).body("total", equalTo(85)).body("level", equalTo("Mức 3"));
        Api.as(Api.ADMIN_A).get(PilotFixtures.PILOT, world.commune, pilot).then().body("status", equalTo("EVALUATED"))
                .body("recognised", equalTo(true)).body("selfAssessment.total", equalTo(90))
                .body("evaluation.scores[0].overrideReason", equalTo("Chưa kiểm chứng đủ"));

        // A suspended commune takes no replica: the request is refused whole, and the sibling gets none either.
        String suspended = Fixtures.newTenant(world.province);
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("reason", "Chờ sáp nhập"))
                .post("/api/v1/tenants/{code}/suspend", suspended).then().statusCode(200);
        Api.as(Api.ADMIN_B).body(Map.of("targets", List.of(world.sibling, suspended), "decisionNumber", "44/QĐ-UBND",
                        "decisionDate", "2026-04-08"))
                .post(PilotFixtures.PILOT + "/replications", world.commune, pilot).then().statusCode(409)
                .body("type", equalTo("urn:sohoa:problem:tenant-not-active"));

        String third = Fixtures.newTenant(world.province);
        Api.as(Api.ADMIN_B).body(Map.of("kind", "COMMUNE", "under", world.province, "decisionNumber", "45/QĐ-UBND",
                        "decisionDate", "2026-04-09"))
                .post(PilotFixtures.PILOT + "/replications", world.commune, pilot).then().statusCode(201)
                .body("created.size()", equalTo(2)).body("alreadyReplicated", equalTo(0));
        Api.as(Api.ADMIN_B).body(Map.of("targets", List.of(world.sibling), "decisionNumber", "46/QĐ-UBND",
                        "decisionDate", "2026-04-10"))
                .post(PilotFixtures.PILOT + "/replications", world.commune, pilot).then().statusCode(201)
                .body("created.size()", equalTo(0)).body("alreadyReplicated", equalTo(1));

        Api.as(Api.ADMIN_A).get(PilotFixtures.PILOT + "/replications", world.commune, pilot).then().statusCode(200)
                .body("tenantCode", org.hamcrest.Matchers.containsInAnyOrder(world.sibling, third))
                .body("status", equalTo(List.of("APPROVED", "APPROVED"))).body("kpis", equalTo(List.of(2, 2)));
        var replica = Api.as(Api.MEMBER).get(PilotFixtures.PILOTS, world.sibling).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].status", equalTo("APPROVED"))
                .body("items[0].sourcePilotId", equalTo(pilot)).body("items[0].decisionNumber", equalTo("45/QĐ-UBND"))
                .body("items[0].kpis.code", equalTo(List.of("QR", "CASHLESS_FEE"))).extract().path("items[0].id");
        Api.as(Api.MEMBER).get(PilotFixtures.TRANSITIONS, world.sibling, replica).then()
                .body("action", equalTo(List.of("REPLICATE"))).body("actor", equalTo(List.of(Api.ADMIN_B)));

        Api.as(Api.ADMIN_B).get("/api/v1/tenants/{code}/pilots-overview", world.province).then().statusCode(200)
                .body("total", equalTo(3)).body("recognised", equalTo(1)).body("replicas", equalTo(2))
                .body("byStatus.REPLICATING", equalTo(1)).body("byStatus.APPROVED", equalTo(2))
                .body("byField.COMMERCE", equalTo(3)).body("top.pilotId", hasItem(pilot));
    }
}
