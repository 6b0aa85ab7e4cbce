package vn.sohoa.server.indicators;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** Open data is served without login: approved aggregates of a public data set only, never a draft. */
@QuarkusTest
class OpenDataTest {

    static final String OPEN = "/api/v1/public/tenants/{code}/datasets/{dataSet}";

    String province;
    String commune;
    String count;
    String open;
    String closed;

    @BeforeEach
    void a_public_and_a_closed_data_set_with_one_approved_and_one_draft_form() {
        province = Fixtures.newTenant();
        commune = Fixtures.newTenant(province);
        String other = Fixtures.newTenant(province);
        count = ReportFixtures.indicator(province, "NUMBER", "SUM", null);
        open = ReportFixtures.dataSet(province, "MONTH", List.of(count), List.of(), true);
        closed = ReportFixtures.dataSet(province, "MONTH", List.of(count), List.of(), false);
        ReportFixtures.approved(commune, open, "2026-10", ReportFixtures.number(count, 40));
        ReportFixtures.approved(commune, closed, "2026-10", ReportFixtures.number(count, 40));
        Api.as(Api.PROVINCE_ADMIN).body(ReportFixtures.number(count, 777123)).put(ReportFixtures.REPORT, other, open, "2026-10")
                .then().statusCode(200);
    }

    @Test
    void the_public_data_set_shows_only_approved_aggregates_with_metadata_without_login() {
        given().get(OPEN, province, open).then().statusCode(200)
                .body("licence", containsString("CC BY")).body("source", containsString(province))
                .body("lastUpdated", notNullValue()).body("indicators[0].unit", equalTo("số"))
                .body("values.size()", equalTo(1)).body("values[0].period", equalTo("2026-10"))
                .body("values[0].value", equalTo(40.0f)).body("values[0].reported", equalTo(1));
        // The province's roll-up in CSV covers the sibling whose draft holds 777123: the draft stays out.
        given().queryParam("format", "csv").get(OPEN, province, open).then().statusCode(200)
                .contentType(containsString("text/csv")).body(containsString("2026-10"))
                .body(not(containsString("777123")));
    }

    @Test
    void a_closed_data_set_and_an_unknown_tenant_are_the_same_404() {
        given().get(OPEN, province, closed).then().statusCode(404);
        given().get(OPEN, "NO-SUCH", open).then().statusCode(404);
    }

    @Test
    void nothing_else_under_the_api_answers_without_a_token() {
        given().get("/api/v1/tenants/{code}/indicators", province).then().statusCode(401);
        given().get(ReportFixtures.REPORT, commune, open, "2026-10").then().statusCode(401);
    }
}
