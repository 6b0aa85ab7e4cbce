package vn.sohoa.server.indicators;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.sohoa.server.indicators.ReportFixtures.REPORT;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** A commune's forms are its own: siblings cannot read them, and nobody approves their own report. */
@QuarkusTest
class ReportIsolationTest {

    String province;
    String commune;
    String sibling;
    String indicator;
    String dataSet;

    @BeforeEach
    void two_communes_of_one_province_with_a_monthly_report() {
        province = Fixtures.newTenant();
        commune = Fixtures.newTenant(province);
        sibling = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(sibling, Api.ADMIN_B, "TENANT_ADMIN");
        indicator = ReportFixtures.indicator(province, "NUMBER", "SUM", null);
        dataSet = ReportFixtures.dataSet(province, "MONTH", List.of(indicator), List.of(), false);
        Api.as(Api.ADMIN_A).body(ReportFixtures.number(indicator, 7)).put(REPORT, commune, dataSet, "2026-11")
                .then().statusCode(200).body("state", equalTo("DRAFT"));
    }

    @Test
    void a_commune_cannot_read_or_fill_a_siblings_form() {
        Api.as(Api.ADMIN_B).get(REPORT, commune, dataSet, "2026-11").then().statusCode(404);
        Api.as(Api.ADMIN_B).body(ReportFixtures.number(indicator, 1)).put(REPORT, commune, dataSet, "2026-11")
                .then().statusCode(404);
        Api.as(Api.ADMIN_B).get(REPORT + "/completeness", commune, dataSet, "2026-11").then().statusCode(404);
        Api.as(Api.ADMIN_A).get(REPORT, commune, dataSet, "2026-11").then().statusCode(200)
                .body("values[0].value", equalTo(7.0f));
    }

    @Test
    void a_unit_cannot_approve_its_own_form_and_the_level_above_can() {
        Api.as(Api.ADMIN_A).post(REPORT + "/submit", commune, dataSet, "2026-11").then().statusCode(200)
                .body("state", equalTo("SUBMITTED"));
        Api.as(Api.ADMIN_A).post(REPORT + "/approve", commune, dataSet, "2026-11").then().statusCode(403)
                .body("detail", containsString("cannot approve its own report"));
        Fixtures.addMember(province, Api.ADMIN_B, "TENANT_ADMIN");
        Api.as(Api.ADMIN_B).post(REPORT + "/approve", commune, dataSet, "2026-11").then().statusCode(200)
                .body("state", equalTo("APPROVED")).body("decidedBy", equalTo(Api.ADMIN_B));
    }

    @Test
    void only_the_approver_level_takes_an_approval_back_and_the_form_returns_to_the_unit() {
        ReportFixtures.approved(commune, dataSet, "2026-10", ReportFixtures.number(indicator, 3));
        Api.as(Api.ADMIN_A).contentType("application/json").body("{\"comment\":\"sai số liệu\"}")
                .post(REPORT + "/unapprove", commune, dataSet, "2026-10").then().statusCode(403);
        Api.as(Api.PROVINCE_ADMIN).body("{\"comment\":\"sai số liệu\"}")
                .post(REPORT + "/unapprove", commune, dataSet, "2026-10").then().statusCode(200)
                .body("state", equalTo("RETURNED")).body("comment", equalTo("sai số liệu"));
        // The taking back is an act of its own in the unit's audit trail: who, and from APPROVED to RETURNED.
        Api.as(Api.PROVINCE_ADMIN).queryParam("entityType", "ReportForm").get("/api/v1/tenants/{code}/audit", commune)
                .then().statusCode(200)
                .body("items[0].action", equalTo("UPDATE")).body("items[0].actor.username", equalTo(Api.PROVINCE_ADMIN))
                .body("items[0].changes.state.before", equalTo("APPROVED"))
                .body("items[0].changes.state.after", equalTo("RETURNED"));
        Api.as(Api.ADMIN_A).body(ReportFixtures.number(indicator, 4)).put(REPORT, commune, dataSet, "2026-10")
                .then().statusCode(200).body("values[0].value", equalTo(4.0f));
    }
}
