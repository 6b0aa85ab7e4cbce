package vn.sohoa.server.indicators;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.sohoa.server.indicators.ReportFixtures.REPORT;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/**
 * Automatic values match the commune's teams and support log; a unit replaces one only with a reason, and the
 * value stays marked as its own from then on.
 */
@QuarkusTest
class AutomaticValuesTest {

    String commune;
    String dataSet;
    String period;
    final Map<String, String> codes = new HashMap<>();

    @BeforeEach
    void a_commune_with_two_hamlets_one_team_and_three_people_helped() {
        String province = Fixtures.newTenant();
        commune = Fixtures.newTenant(province);
        Fixtures.addUnit(commune, "AP1");
        Fixtures.addUnit(commune, "AP2");
        Fixtures.addVolunteer(commune, Fixtures.addTeam(commune, "AP1"));
        Fixtures.logSupport(commune, "AP1", "VNEID");
        Fixtures.logSupport(commune, "AP1", "VNEID");
        Fixtures.logSupport(commune, "AP1", "CASHLESS");
        codes.put("teams", automatic(province, "NUMBER", "SUM", "ACTIVE_TEAMS", null));
        codes.put("members", automatic(province, "NUMBER", "SUM", "ACTIVE_TEAM_MEMBERS", null));
        codes.put("covered", automatic(province, "PERCENT", "RATIO", "HAMLETS_COVERED", null));
        codes.put("acts", automatic(province, "NUMBER", "SUM", "SUPPORT_ACTS", null));
        codes.put("vneid", automatic(province, "NUMBER", "SUM", "SUPPORT_ACTS", "VNEID"));
        codes.put("people", automatic(province, "NUMBER", "SUM", "PEOPLE_HELPED", null));
        dataSet = ReportFixtures.dataSet(province, "YEAR", List.copyOf(codes.values()), List.of(), false);
        // The support was logged yesterday in Vietnam: the year that holds it, whatever today is.
        period = Integer.toString(LocalDate.now(ZoneOffset.ofHours(7)).minusDays(1).getYear());
    }

    private static String automatic(String tenant, String kind, String rule, String source, String category) {
        String code = ReportFixtures.code("TD");
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "Tự động " + source, "unit", "số",
                "kind", kind, "acrossTenants", rule, "acrossPeriods", "LAST", "direction", "UP", "source", source));
        if (category != null) {
            body.put("sourceCategory", category);
        }
        Api.as(Api.PROVINCE_ADMIN).body(body).post("/api/v1/tenants/{code}/indicators", tenant).then().statusCode(201);
        return code;
    }

    private String path(String key, String field) {
        return "values.find { it.indicatorCode == '" + codes.get(key) + "' }." + field;
    }

    @Test
    void automatic_values_match_the_teams_and_the_support_log_and_are_marked() {
        Api.as(Api.PROVINCE_ADMIN).get(REPORT, commune, dataSet, period).then().statusCode(200)
                .body("saved", equalTo(false))
                .body(path("teams", "value"), equalTo(1)).body(path("teams", "automatic"), equalTo(true))
                .body(path("members", "value"), equalTo(1))
                .body(path("covered", "numerator"), equalTo(1)).body(path("covered", "denominator"), equalTo(2))
                .body(path("acts", "value"), equalTo(3)).body(path("vneid", "value"), equalTo(2))
                .body(path("people", "value"), equalTo(3));
        Api.as(Api.PROVINCE_ADMIN).post(REPORT + "/submit", commune, dataSet, period).then().statusCode(200)
                .body(path("acts", "value"), equalTo(3.0f)).body(path("acts", "automatic"), equalTo(true));
    }

    @Test
    void an_override_needs_a_reason_and_is_kept_with_it() {
        Map<String, Object> changed = new HashMap<>(Map.of("indicatorCode", codes.get("acts"), "value", 5));
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("values", List.of(changed))).put(REPORT, commune, dataSet, period)
                .then().statusCode(400).body("detail", containsString(codes.get("acts")))
                .body("detail", containsString("overrideReason"));
        changed.put("overrideReason", "Hai buổi hỗ trợ ghi trên giấy");
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("values", List.of(changed))).put(REPORT, commune, dataSet, period)
                .then().statusCode(200).body(path("acts", "value"), equalTo(5.0f))
                .body(path("acts", "automatic"), equalTo(false))
                .body(path("acts", "overrideReason"), equalTo("Hai buổi hỗ trợ ghi trên giấy"))
                .body(path("vneid", "automatic"), equalTo(true));
        Api.as(Api.PROVINCE_ADMIN).queryParam("entityType", "ReportValue").get("/api/v1/tenants/{code}/audit", commune)
                .then().statusCode(200).body("items.find { it.entityKey == '" + codes.get("acts")
                        + "' }.changes.override_reason.after", equalTo("Hai buổi hỗ trợ ghi trên giấy"));
    }
}
