package vn.sohoa.server.monitoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** Days that are not days, periods that run backwards or too long, and unknown metrics are a 400 naming the problem. */
@QuarkusTest
class DashboardBadInputTest {

    static final String DASHBOARD = "/api/v1/tenants/{code}/dashboard";

    String tenant;

    @BeforeEach
    void a_province() {
        tenant = Fixtures.newTenant();
    }

    @Test
    void days_that_are_not_dates_are_refused() {
        Api.as(Api.PROVINCE_ADMIN).queryParam("from", "2026-13-01").queryParam("to", "hôm qua").get(DASHBOARD, tenant)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("from", "to"));
    }

    @Test
    void a_period_must_have_both_ends_run_forwards_and_stay_within_three_years() {
        Api.as(Api.PROVINCE_ADMIN).queryParam("from", "2026-03-01").get(DASHBOARD, tenant)
                .then().statusCode(400).body("errors.field", contains("to"));
        Api.as(Api.PROVINCE_ADMIN).queryParam("from", "2026-03-02").queryParam("to", "2026-03-01").get(DASHBOARD, tenant)
                .then().statusCode(400).body("errors.field", hasItem("to"));
        Api.as(Api.PROVINCE_ADMIN).queryParam("from", "2020-01-01").queryParam("to", "2026-03-01").get(DASHBOARD, tenant)
                .then().statusCode(400).body("errors.message", hasItem(containsString("1100 days")));
    }

    @Test
    void an_unknown_or_missing_metric_is_refused_naming_the_known_ones() {
        Api.as(Api.PROVINCE_ADMIN).queryParam("metric", "ranking").get(DASHBOARD + "/children", tenant)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("metric"))
                .body("errors.message", hasItem(containsString("coverage, acts, people, trained, pilots, completeness, dti")));
        Api.as(Api.PROVINCE_ADMIN).get(DASHBOARD + "/children", tenant)
                .then().statusCode(400).body("errors.field", contains("metric"));
        Api.as(Api.PROVINCE_ADMIN).queryParam("metric", "acts").queryParam("from", "x").get(DASHBOARD + "/children", tenant)
                .then().statusCode(400).body("errors.field", contains("from"));
    }
}
