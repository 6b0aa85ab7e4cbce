package vn.sohoa.server.pilots;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.sohoa.server.support.Api;

/** Bad pilot requests answer a 4xx problem naming what is wrong, and nothing is written. */
@QuarkusTest
class PilotBadInputTest {

    PilotFixtures world;
    int pilot;

    @BeforeEach
    void a_running_pilot() {
        world = new PilotFixtures();
        pilot = world.runningPilot();
    }

    @AfterEach
    void nothing_was_written() {
        Api.as(Api.ADMIN_A).get(PilotFixtures.PILOT, world.commune, pilot).then().body("status", equalTo("RUNNING"))
                .body("selfAssessment", nullValue()).body("name", equalTo("Chợ Vị Thanh không dùng tiền mặt"));
        Api.as(Api.ADMIN_A).get(PilotFixtures.MEASUREMENTS, world.commune, pilot).then().body("size()", equalTo(0));
        Api.as(Api.ADMIN_A).get(PilotFixtures.PILOT + "/replications", world.commune, pilot).then().body("size()", equalTo(0));
        Api.as(Api.ADMIN_A).get(PilotFixtures.TRANSITIONS, world.commune, pilot).then().body("size()", equalTo(3));
    }

    static Stream<Arguments> illegal_steps() {
        return Stream.of(Arguments.of(Api.ADMIN_A, "PROPOSE"), Arguments.of(Api.ADMIN_A, "START"),
                Arguments.of(Api.ADMIN_B, "APPROVE"), Arguments.of(Api.ADMIN_B, "CLOSE"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("illegal_steps")
    void a_step_not_possible_from_running_is_a_conflict(String who, String action) {
        org.assertj.core.api.Assertions.assertThat(world.step(who, pilot, action)).isEqualTo(409);
    }

    static Stream<Arguments> bad_steps() {
        return Stream.of(
                Arguments.of("approval without a decision", Map.of("action", "APPROVE", "decisionDate", "2026-02-01"), "decisionNumber"),
                Arguments.of("approval without its date", Map.of("action", "APPROVE", "decisionNumber", "1/QĐ"), "decisionDate"),
                Arguments.of("stop without a reason", Map.of("action", "STOP"), "comment"),
                Arguments.of("evaluation as a step", Map.of("action", "EVALUATE"), "action"),
                Arguments.of("unknown step", Map.of("action", "CELEBRATE"), "action"),
                Arguments.of("a day after today", Map.of("action", "STOP", "comment", "x", "effectiveOn", "2999-12-31"),
                        "effectiveOn"),
                Arguments.of("a day before the last step", Map.of("action", "STOP", "comment", "x",
                        "effectiveOn", "2000-01-01"), "effectiveOn"),
                Arguments.of("a day written day first", Map.of("action", "STOP", "comment", "x",
                        "effectiveOn", "15/03/2026"), "effectiveOn"),
                Arguments.of("a stop before its decision", Map.of("action", "STOP", "comment", "x",
                        "decisionNumber", "9/QĐ-UBND", "decisionDate", "2999-12-31"), "effectiveOn"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_steps")
    void a_bad_step_is_rejected(String why, Map<String, Object> body, String field) {
        Api.as(Api.ADMIN_B).body(body).post(PilotFixtures.TRANSITIONS, world.commune, pilot).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    static Stream<Arguments> bad_measurements() {
        return Stream.of(
                Arguments.of("month 13", Map.of("kpiCode", "QR", "period", "2026-13", "numerator", 1, "denominator", 2), "period"),
                Arguments.of("day-first period", Map.of("kpiCode", "QR", "period", "11/2026", "numerator", 1, "denominator", 2), "period"),
                Arguments.of("quarter 5", Map.of("kpiCode", "QR", "period", "2026-Q5", "numerator", 1, "denominator", 2), "period"),
                Arguments.of("zero denominator", Map.of("kpiCode", "QR", "period", "2026-03", "numerator", 0, "denominator", 0), "denominator"),
                Arguments.of("numerator above denominator", Map.of("kpiCode", "QR", "period", "2026-03", "numerator", 5, "denominator", 2), "numerator"),
                Arguments.of("a percentage as a value", Map.of("kpiCode", "QR", "period", "2026-03", "value", 50), "numerator"),
                Arguments.of("yes/no of 2", Map.of("kpiCode", "CASHLESS_FEE", "period", "2026-03", "value", 2), "value"),
                Arguments.of("unknown KPI", Map.of("kpiCode", "WIFI", "period", "2026-03", "value", 1), "kpiCode"),
                Arguments.of("a month not begun", Map.of("kpiCode", "QR", "period", "2999-01", "numerator", 1, "denominator", 2), "period"),
                Arguments.of("a month before the pilot", Map.of("kpiCode", "QR", "period", "2025-12", "numerator", 1, "denominator", 2), "period"),
                Arguments.of("a quarter of a monthly pilot", Map.of("kpiCode", "QR", "period", "2026-Q1", "numerator", 1, "denominator", 2), "period"),
                Arguments.of("a figure too large to keep", Map.of("kpiCode", "QR", "period", "2026-03",
                        "numerator", new java.math.BigDecimal("1e15"), "denominator", new java.math.BigDecimal("1e16")),
                        "numerator"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_measurements")
    void a_bad_measurement_is_rejected(String why, Map<String, Object> body, String field) {
        Api.as(Api.ADMIN_A).body(body).post(PilotFixtures.MEASUREMENTS, world.commune, pilot).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    static Stream<Arguments> bad_scores() {
        return Stream.of(
                Arguments.of("points above the maximum", List.of(Map.of("criterionCode", "C3", "points", 31)), "scores[0].points"),
                Arguments.of("negative points", List.of(Map.of("criterionCode", "C3", "points", -1)), "scores[0].points"),
                Arguments.of("unknown criterion", List.of(Map.of("criterionCode", "C9", "points", 1),
                        Map.of("criterionCode", "C3", "points", 1)), "scores[0].criterionCode"),
                Arguments.of("manual criterion without points", List.of(), "scores.points"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_scores")
    void a_bad_self_assessment_is_rejected(String why, List<Map<String, Object>> scores, String field) {
        Api.as(Api.ADMIN_A).body(Map.of("scores", scores)).put(PilotFixtures.PILOT + "/self-assessment", world.commune, pilot)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    @Test
    void replicating_a_pilot_that_is_not_recognised_is_a_conflict() {
        Api.as(Api.ADMIN_B).body(Map.of("targets", List.of(world.sibling), "decisionNumber", "9/QĐ",
                        "decisionDate", "2026-04-01"))
                .post(PilotFixtures.PILOT + "/replications", world.commune, pilot).then().statusCode(409)
                .contentType("application/problem+json");
        Api.as(Api.MEMBER).get(PilotFixtures.PILOTS, world.sibling).then().body("total", equalTo(0));
    }

    @Test
    void a_pilot_ending_before_it_starts_or_naming_an_unknown_hamlet_is_rejected() {
        Map<String, Object> body = new HashMap<>(PilotFixtures.pilotFrom(null));
        body.put("endDate", "2025-12-31");
        body.put("subUnits", List.of("AP9"));
        Api.as(Api.ADMIN_A).body(body).post(PilotFixtures.PILOTS, world.commune).then().statusCode(400)
                .body("errors.field", equalTo(List.of("endDate", "subUnits[0]")));
        Api.as(Api.ADMIN_A).get(PilotFixtures.PILOTS, world.commune).then().body("total", equalTo(1));
    }

    @Test
    void a_template_scoring_an_unknown_kpi_is_rejected() {
        Map<String, Object> design = Map.of("kpis", List.of(), "criteria", List.of(Map.of("code", "C1", "name", "QR",
                "maxPoints", 20, "method", "RATIO", "kpiCode", "QR")));
        Api.as(Api.ADMIN_A).body(Map.of("code", "X", "name", "Mẫu", "field", "OTHER", "design", design))
                .post(PilotFixtures.TEMPLATES, world.commune).then().statusCode(400)
                .body("errors.field", hasItem("design.criteria[0].kpiCode"));
    }
}
