package vn.sohoa.server.indicators;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.sohoa.server.support.Api;

/** Indicators, data sets and forms for one test, made through the API as a province admin. */
final class ReportFixtures {

    static final String REPORT = "/api/v1/tenants/{code}/reports/{dataSet}/{period}";

    private ReportFixtures() {
    }

    /** A code no other test uses, starting with {@code prefix}. */
    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Defines an indicator in {@code tenant}; {@code source} may be null. */
    static String indicator(String tenant, String kind, String acrossTenants, String source) {
        String code = code("CS");
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "Chỉ số " + code, "unit",
                kind.equals("PERCENT") ? "%" : "số", "kind", kind, "acrossTenants", acrossTenants,
                "acrossPeriods", "SUM", "direction", "UP"));
        if (source != null) {
            body.put("source", source);
        }
        Api.as(Api.PROVINCE_ADMIN).body(body).post("/api/v1/tenants/{code}/indicators", tenant).then().statusCode(201);
        return code;
    }

    /** Defines a data set for communes in {@code tenant}, reported by {@code periodType} on the calendar. */
    static String dataSet(String tenant, String periodType, List<String> indicators, List<String> required,
                          boolean open) {
        String code = code("BC");
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("code", code, "name", "Báo cáo " + code, "periodType", periodType,
                        "window", "CALENDAR", "indicatorCodes", indicators, "required", required,
                        "assignedKinds", List.of("COMMUNE"), "dueDays", 5, "public", open))
                .post("/api/v1/tenants/{code}/data-sets", tenant).then().statusCode(201);
        return code;
    }

    /** The body of a form holding one percentage. */
    static Map<String, Object> percent(String indicator, int numerator, int denominator) {
        return Map.of("values", List.of(Map.of("indicatorCode", indicator, "numerator", numerator,
                "denominator", denominator)));
    }

    /** The body of a form holding one number. */
    static Map<String, Object> number(String indicator, int value) {
        return Map.of("values", List.of(Map.of("indicatorCode", indicator, "value", value)));
    }

    /** Saves {@code body} into the form as a province admin, submits it, and approves it. */
    static void approved(String tenant, String dataSet, String period, Map<String, Object> body) {
        Api.as(Api.PROVINCE_ADMIN).body(body).put(REPORT, tenant, dataSet, period).then().statusCode(200);
        Api.as(Api.PROVINCE_ADMIN).post(REPORT + "/submit", tenant, dataSet, period).then().statusCode(200);
        Api.as(Api.PROVINCE_ADMIN).post(REPORT + "/approve", tenant, dataSet, period).then().statusCode(200);
    }
}
