package vn.sohoa.server.indicators;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static vn.sohoa.server.indicators.ReportFixtures.REPORT;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TestClock;

/** Completeness across the periods of a year, unit by period, as JSON and files; a sibling never reads it. */
@QuarkusTest
class CompletenessGridTest {

    static final String GRID = "/api/v1/tenants/{code}/completeness-grid/{dataSet}";

    @Inject
    TestClock clock;

    String province;
    String commune;
    String sibling;
    String dataSet;

    @BeforeEach
    void two_communes_one_of_which_sent_october_late_and_november_on_time() {
        clock.startAt(Instant.parse("2026-12-02T05:00:00Z"));
        province = Fixtures.newTenant();
        commune = Fixtures.newTenant(province);
        sibling = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.ADMIN_A, "TENANT_ADMIN");
        String indicator = ReportFixtures.indicator(province, "NUMBER", "SUM", null);
        dataSet = ReportFixtures.dataSet(province, "MONTH", List.of(indicator), List.of(), false);
        ReportFixtures.approved(commune, dataSet, "2026-10", ReportFixtures.number(indicator, 3));
        Api.as(Api.PROVINCE_ADMIN).body(ReportFixtures.number(indicator, 4)).put(REPORT, commune, dataSet, "2026-11")
                .then().statusCode(200);
        Api.as(Api.PROVINCE_ADMIN).post(REPORT + "/submit", commune, dataSet, "2026-11").then().statusCode(200);
    }

    @AfterEach
    void the_clock_runs_on_the_systems_time_again() {
        clock.reset();
    }

    @Test
    void the_grid_holds_every_unit_across_the_periods_begun_with_their_states_and_late_marks() {
        Api.as(Api.PROVINCE_ADMIN).queryParam("year", 2026).get(GRID, province, dataSet).then().statusCode(200)
                .body("columns", hasSize(12))
                .body("columns[9].period", equalTo("2026-10")).body("columns[9].late", equalTo(2))
                .body("columns[10].submitted", equalTo(1)).body("columns[10].late", equalTo(0))
                .body("rows.find { it.tenantCode == '" + commune + "' }.cells[9].state", equalTo("APPROVED"))
                .body("rows.find { it.tenantCode == '" + commune + "' }.cells[9].late", equalTo(true))
                .body("rows.find { it.tenantCode == '" + sibling + "' }.cells[2].state", equalTo(null))
                .body("rows.find { it.tenantCode == '" + sibling + "' }.cells[2].owed", equalTo(true));
        Api.as(Api.PROVINCE_ADMIN).queryParam("year", 2026).queryParam("format", "csv").get(GRID, province, dataSet)
                .then().statusCode(200).body(containsString("Đã duyệt, trễ hạn")).body(containsString(sibling));
        Api.as(Api.PROVINCE_ADMIN).queryParam("year", 2026).queryParam("format", "pdf").get(GRID, province, dataSet)
                .then().statusCode(200).body(startsWith("%PDF"));
    }

    @Test
    void a_commune_reads_its_own_grid_and_never_its_siblings() {
        Api.as(Api.ADMIN_A).queryParam("year", 2026).get(GRID, commune, dataSet).then().statusCode(200)
                .body("rows", hasSize(1)).body("rows[0].tenantCode", equalTo(commune));
        Api.as(Api.ADMIN_A).queryParam("year", 2026).get(GRID, sibling, dataSet).then().statusCode(404);
        Api.as(Api.ADMIN_A).queryParam("year", 2026).queryParam("format", "csv").get(GRID, sibling, dataSet).then()
                .statusCode(404);
    }

    @Test
    void a_year_missing_malformed_or_not_begun_and_an_unknown_format_are_refused_by_name() {
        Api.as(Api.PROVINCE_ADMIN).get(GRID, province, dataSet).then().statusCode(400).body(containsString("year"));
        Api.as(Api.PROVINCE_ADMIN).queryParam("year", "26").get(GRID, province, dataSet).then().statusCode(400)
                .body(containsString("year"));
        Api.as(Api.PROVINCE_ADMIN).queryParam("year", 2031).queryParam("format", "pdf").get(GRID, province, dataSet)
                .then().statusCode(400).body(containsString("Year 2031"));
        Api.as(Api.PROVINCE_ADMIN).queryParam("year", 2026).queryParam("format", "doc").get(GRID, province, dataSet)
                .then().statusCode(400).body(containsString("format"));
    }
}
