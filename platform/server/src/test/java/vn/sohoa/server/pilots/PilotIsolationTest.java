package vn.sohoa.server.pilots;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/**
 * A sibling commune can neither read nor touch another commune's pilots, through the other's route or its own
 * (404); a unit cannot decide on its own pilot, and a viewer cannot run one (403).
 */
@QuarkusTest
class PilotIsolationTest {

    PilotFixtures world;
    int pilot;

    @BeforeEach
    void a_running_pilot_in_the_first_commune() {
        world = new PilotFixtures();
        pilot = world.runningPilot();
        Api.as(Api.ADMIN_A).body(Map.of("kpiCode", "QR", "period", "2026-03", "numerator", 9, "denominator", 10))
                .post(PilotFixtures.MEASUREMENTS, world.commune, pilot).then().statusCode(201);
    }

    @Test
    void a_sibling_cannot_read_or_change_another_communes_pilot_through_its_route() {
        for (String path : List.of(PilotFixtures.PILOTS, PilotFixtures.TEMPLATES)) {
            Api.as(Api.MEMBER).get(path, world.commune).then().statusCode(404);
        }
        for (String path : List.of(PilotFixtures.PILOT, PilotFixtures.TRANSITIONS, PilotFixtures.MEASUREMENTS,
                PilotFixtures.PILOT + "/replications", PilotFixtures.PILOT + "/self-assessment")) {
            Api.as(Api.MEMBER).get(path, world.commune, pilot).then().statusCode(404);
        }
        Api.as(Api.MEMBER).body(Map.of("action", "STOP", "comment", "x")).post(PilotFixtures.TRANSITIONS, world.commune, pilot)
                .then().statusCode(404);
        Api.as(Api.MEMBER).body(Map.of("kpiCode", "QR", "period", "2026-03", "numerator", 1, "denominator", 10))
                .post(PilotFixtures.MEASUREMENTS, world.commune, pilot).then().statusCode(404);
    }

    @Test
    void a_sibling_cannot_reach_another_communes_pilot_through_its_own_route() {
        for (String path : List.of(PilotFixtures.PILOT, PilotFixtures.TRANSITIONS, PilotFixtures.MEASUREMENTS,
                PilotFixtures.MEASUREMENTS + "/progress", PilotFixtures.PILOT + "/replications",
                PilotFixtures.PILOT + "/self-assessment")) {
            Api.as(Api.MEMBER).get(path, world.sibling, pilot).then().statusCode(404);
        }
        Api.as(Api.MEMBER).body(Map.of("action", "REVIEW")).post(PilotFixtures.TRANSITIONS, world.sibling, pilot)
                .then().statusCode(404);
        Api.as(Api.MEMBER).body(Map.of("kpiCode", "QR", "period", "2026-03", "numerator", 1, "denominator", 10))
                .post(PilotFixtures.MEASUREMENTS, world.sibling, pilot).then().statusCode(404);
        Api.as(Api.MEMBER).get(PilotFixtures.PILOTS, world.sibling).then().statusCode(200).body("total", equalTo(0));
        Api.as(Api.ADMIN_A).get(PilotFixtures.MEASUREMENTS, world.commune, pilot).then()
                .body("numerator", equalTo(List.of(9.0f)));
        Api.as(Api.ADMIN_A).get(PilotFixtures.PILOT, world.commune, pilot).then().body("status", equalTo("RUNNING"));
    }

    @Test
    void a_unit_cannot_approve_or_evaluate_its_own_pilot() {
        int proposed = world.draftPilot();
        world.step(Api.ADMIN_A, proposed, "PROPOSE");
        org.assertj.core.api.Assertions.assertThat(world.step(Api.ADMIN_A, proposed, "APPROVE")).isEqualTo(403);
        world.step(Api.ADMIN_A, pilot, "REVIEW");
        Api.as(Api.ADMIN_A).body(Map.of("recognised", true, "scores", List.of(Map.of("criterionCode", "C3", "points", 30))))
                .post(PilotFixtures.PILOT + "/evaluation", world.commune, pilot).then().statusCode(403)
                .contentType("application/problem+json");
        Api.as(Api.ADMIN_A).get(PilotFixtures.PILOT, world.commune, proposed).then().body("status", equalTo("PROPOSED"));
        Api.as(Api.ADMIN_A).get(PilotFixtures.PILOT, world.commune, pilot).then().body("status", equalTo("REVIEWED"));
    }

    @Test
    void a_viewer_reads_but_cannot_propose_or_measure() {
        Fixtures.addMember(world.commune, Api.VIEWER, "VIEWER");
        Api.as(Api.VIEWER).get(PilotFixtures.PILOT, world.commune, pilot).then().statusCode(200);
        Api.as(Api.VIEWER).body(Map.of("kpiCode", "QR", "period", "2026-04", "numerator", 1, "denominator", 10))
                .post(PilotFixtures.MEASUREMENTS, world.commune, pilot).then().statusCode(403);
        Api.as(Api.VIEWER).body(PilotFixtures.pilotFrom(null)).post(PilotFixtures.PILOTS, world.commune).then()
                .statusCode(403);
    }
}
