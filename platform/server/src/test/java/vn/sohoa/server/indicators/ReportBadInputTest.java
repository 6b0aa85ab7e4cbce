package vn.sohoa.server.indicators;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.sohoa.server.indicators.ReportFixtures.REPORT;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** Refused input is a clear 4xx naming the indicator or the period, and writes nothing. */
@QuarkusTest
class ReportBadInputTest {

    String commune;
    String share;
    String count;
    String dataSet;

    @BeforeEach
    void a_commune_with_a_monthly_report_of_a_share_and_a_required_count() {
        String province = Fixtures.newTenant();
        commune = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.ADMIN_A, "TENANT_ADMIN");
        share = ReportFixtures.indicator(province, "PERCENT", "RATIO", null);
        count = ReportFixtures.indicator(province, "NUMBER", "SUM", null);
        dataSet = ReportFixtures.dataSet(province, "MONTH", List.of(share, count), List.of(count), false);
    }

    @Test
    void a_numerator_above_its_denominator_is_refused_naming_the_indicator_and_nothing_is_stored() {
        Api.as(Api.ADMIN_A).body(ReportFixtures.percent(share, 12, 10)).put(REPORT, commune, dataSet, "2026-11")
                .then().statusCode(400).body("type", equalTo("urn:sohoa:problem:validation"))
                .body("detail", containsString(share)).body("detail", containsString("numerator 12 is above denominator 10"))
                .body("errors.field", hasItem("values[" + share + "]"));
        Api.as(Api.ADMIN_A).get(REPORT, commune, dataSet, "2026-11").then().statusCode(200)
                .body("saved", equalTo(false));
    }

    @Test
    void a_negative_count_and_a_yes_for_a_number_are_refused_naming_each_indicator() {
        Api.as(Api.ADMIN_A).body(Map.of("values", List.of(Map.of("indicatorCode", count, "value", -1),
                        Map.of("indicatorCode", share, "yes", true))))
                .put(REPORT, commune, dataSet, "2026-11").then().statusCode(400)
                .body("errors.field", hasItem("values[" + count + "]"))
                .body("errors.field", hasItem("values[" + share + "]"));
    }

    @Test
    void a_period_that_does_not_fit_the_data_set_is_refused_naming_the_period() {
        for (String period : List.of("2026-Q4", "2026-H2", "2026", "2026-13", "november")) {
            Api.as(Api.ADMIN_A).get(REPORT, commune, dataSet, period).then().statusCode(400)
                    .body("detail", containsString(period));
        }
        Api.as(Api.ADMIN_A).body(ReportFixtures.number(count, 1)).put(REPORT, commune, dataSet, "2026-Q4")
                .then().statusCode(400).body("detail", containsString("2026-Q4"));
    }

    @Test
    void submitting_without_a_required_value_is_refused_naming_it_and_the_form_stays_a_draft() {
        Api.as(Api.ADMIN_A).body(ReportFixtures.percent(share, 3, 10)).put(REPORT, commune, dataSet, "2026-11")
                .then().statusCode(200);
        Api.as(Api.ADMIN_A).post(REPORT + "/submit", commune, dataSet, "2026-11").then().statusCode(400)
                .body("detail", containsString(count + " is required to submit"));
        Api.as(Api.ADMIN_A).get(REPORT, commune, dataSet, "2026-11").then().statusCode(200)
                .body("state", equalTo("DRAFT"));
    }

    @Test
    void editing_an_approved_form_is_a_conflict_naming_the_period_and_keeps_its_values() {
        ReportFixtures.approved(commune, dataSet, "2026-11", ReportFixtures.number(count, 5));
        Api.as(Api.ADMIN_A).body(ReportFixtures.number(count, 6)).put(REPORT, commune, dataSet, "2026-11")
                .then().statusCode(409).body("detail", containsString("2026-11"))
                .body("detail", containsString("locked"));
        Api.as(Api.ADMIN_A).get(REPORT, commune, dataSet, "2026-11").then()
                .body("values.find { it.indicatorCode == '" + count + "' }.value", equalTo(5.0f));
    }

    @Test
    void a_percentage_rolling_up_as_an_average_is_refused() {
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("code", ReportFixtures.code("CS"), "name", "Tỷ lệ", "unit", "%",
                        "kind", "PERCENT", "acrossTenants", "AVERAGE", "acrossPeriods", "LAST", "direction", "UP"))
                .post("/api/v1/tenants/{code}/indicators", commune).then().statusCode(400)
                .body("errors.field", hasItem("acrossTenants"));
    }

    @Test
    void a_form_of_a_period_to_come_is_neither_saved_nor_submitted_and_nothing_is_stored() {
        Api.as(Api.ADMIN_A).body(ReportFixtures.number(count, 1)).put(REPORT, commune, dataSet, "2099-01")
                .then().statusCode(400).body("errors.field", hasItem("period"))
                .body("detail", containsString("01/01/2099"));
        Api.as(Api.ADMIN_A).post(REPORT + "/submit", commune, dataSet, "2099-01").then().statusCode(400)
                .body("errors.field", hasItem("period"));
        Api.as(Api.ADMIN_A).get(REPORT, commune, dataSet, "2099-01").then().statusCode(200)
                .body("saved", equalTo(false));
    }

    @Test
    void a_save_over_a_version_someone_else_has_saved_since_is_a_conflict_and_keeps_their_values() {
        int first = Api.as(Api.ADMIN_A).body(ReportFixtures.number(count, 1)).put(REPORT, commune, dataSet, "2026-11")
                .then().statusCode(200).extract().path("version");
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("values", List.of(Map.of("indicatorCode", count, "value", 2)),
                "version", first)).put(REPORT, commune, dataSet, "2026-11").then().statusCode(200);
        Api.as(Api.ADMIN_A).body(Map.of("values", List.of(Map.of("indicatorCode", count, "value", 3)),
                "version", first)).put(REPORT, commune, dataSet, "2026-11").then().statusCode(409)
                .body("detail", containsString("2026-11"));
        Api.as(Api.ADMIN_A).get(REPORT, commune, dataSet, "2026-11").then().statusCode(200)
                .body("values.find { it.indicatorCode == '" + count + "' }.value", equalTo(2.0f));
    }
}
