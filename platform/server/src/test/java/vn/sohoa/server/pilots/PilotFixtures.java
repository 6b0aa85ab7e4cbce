package vn.sohoa.server.pilots;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.ProvinceWithCommunes;

/**
 * A province with two communes for the pilot tests ({@link ProvinceWithCommunes}: {@link Api#ADMIN_B} administers
 * the province, {@link Api#ADMIN_A} the first commune, {@link Api#MEMBER} the sibling commune) and the steps of
 * their pilots.
 */
final class PilotFixtures {

    static final String PILOTS = "/api/v1/tenants/{code}/pilots";
    static final String PILOT = "/api/v1/tenants/{code}/pilots/{id}";
    static final String TRANSITIONS = "/api/v1/tenants/{code}/pilots/{id}/transitions";
    static final String TEMPLATES = "/api/v1/tenants/{code}/pilot-templates";
    static final String MEASUREMENTS = "/api/v1/tenants/{code}/pilots/{id}/measurements";

    private final ProvinceWithCommunes tenants = ProvinceWithCommunes.create();
    final String province = tenants.province();
    final String commune = tenants.commune();
    final String sibling = tenants.sibling();

    private boolean templateMade;

    /** The design of "Chợ 4.0": QR-code traders (percent), cashless fees (yes/no), a manual criterion, three levels. */
    static Map<String, Object> marketDesign() {
        return Map.of(
                "kpis", List.of(
                        Map.of("code", "QR", "name", "Tiểu thương có mã QR", "kind", "PERCENT", "direction", "UP",
                                "unit", "%", "target", 90, "key", true),
                        Map.of("code", "CASHLESS_FEE", "name", "Thu phí chợ không dùng tiền mặt", "kind", "YES_NO",
                                "direction", "UP", "target", 1, "key", false)),
                "criteria", List.of(
                        Map.of("code", "C1", "name", "Tỷ lệ tiểu thương có mã QR", "maxPoints", 40, "method", "STEPS",
                                "kpiCode", "QR", "steps", List.of(Map.of("threshold", 90, "points", 40),
                                        Map.of("threshold", 70, "points", 30)), "evidenceRequired", "Danh sách tiểu thương",
                                "verifyingUnit", "Phòng Kinh tế"),
                        Map.of("code", "C2", "name", "Thu phí không dùng tiền mặt", "maxPoints", 30, "method", "YES_NO",
                                "kpiCode", "CASHLESS_FEE"),
                        Map.of("code", "C3", "name", "Tuyên truyền", "maxPoints", 30, "method", "MANUAL")),
                "bands", List.of(Map.of("name", "Mức 1", "minPoints", 0), Map.of("name", "Mức 2", "minPoints", 50),
                        Map.of("name", "Mức 3", "minPoints", 75)));
    }

    /** Creates the market template in {@code tenant} as its administrator {@code admin}. */
    static void marketTemplate(String tenant, String admin, String code) {
        Api.as(admin).body(Map.of("code", code, "name", "Chợ 4.0 — chợ không dùng tiền mặt", "field", "COMMERCE",
                        "suitedKinds", List.of("COMMUNE"), "design", marketDesign()))
                .post(TEMPLATES, tenant).then().log().ifValidationFails().statusCode(201);
    }

    /** The body of a pilot started from {@code templateCode}, running from 2026-01-01 to 2026-12-31. */
    static Map<String, Object> pilotFrom(String templateCode) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Chợ Vị Thanh không dùng tiền mặt", "field", "COMMERCE",
                "startDate", "2026-01-01", "endDate", "2026-12-31", "budgetVnd", 150_000_000,
                "partners", List.of("VNPT Hậu Giang"), "responsible", "Nguyễn Văn Tâm"));
        body.put("templateCode", templateCode);
        return body;
    }

    /** Creates a DRAFT pilot from the province's market template in the commune; returns its id. */
    int draftPilot() {
        if (!templateMade) {
            marketTemplate(province, Api.ADMIN_B, "CHO40-" + commune);
            templateMade = true;
        }
        return Api.as(Api.ADMIN_A).body(pilotFrom("CHO40-" + commune)).post(PILOTS, commune).then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }

    /** Takes {@code action} as {@code who} and returns the status code. */
    int step(String who, int pilot, String action) {
        return step(who, pilot, action, null);
    }

    /** Takes {@code action} as {@code who}, in effect on {@code effectiveOn} (today when null); the status code. */
    int step(String who, int pilot, String action, String effectiveOn) {
        Map<String, Object> body = new HashMap<>(Map.of("action", action, "comment", "Ý kiến " + action));
        if (effectiveOn != null) {
            body.put("effectiveOn", effectiveOn);
        }
        if (action.equals("APPROVE")) {
            body.put("decisionNumber", "123/QĐ-UBND");
            body.put("decisionDate", "2026-02-01");
        }
        return Api.as(who).body(body).post(TRANSITIONS, commune, pilot).then().log().ifStatusCodeMatches(org.hamcrest.Matchers.greaterThan(409)).extract().statusCode();
    }

    /** A pilot of the commune brought to RUNNING through the API. */
    int runningPilot() {
        int pilot = draftPilot();
        expect(step(Api.ADMIN_A, pilot, "PROPOSE"), 200);
        expect(step(Api.ADMIN_B, pilot, "APPROVE"), 200);
        expect(step(Api.ADMIN_A, pilot, "START"), 200);
        return pilot;
    }

    private static void expect(int status, int expected) {
        if (status != expected) {
            throw new AssertionError("expected " + expected + " but was " + status);
        }
    }
}
