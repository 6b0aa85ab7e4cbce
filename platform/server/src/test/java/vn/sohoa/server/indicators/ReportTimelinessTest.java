package vn.sohoa.server.indicators;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TestClock;

/** Timeliness follows the due day in Vietnam: submitted by it is on time, after it (or not yet) is late. */
@QuarkusTest
class ReportTimelinessTest {

    @Inject
    TestClock clock;

    @AfterEach
    void back_to_the_systems_time() {
        clock.reset();
    }

    @Test
    void a_form_submitted_by_the_due_day_is_on_time_and_one_after_it_or_missing_is_late() {
        String province = Fixtures.newTenant();
        String early = Fixtures.newTenant(province);
        String tardy = Fixtures.newTenant(province);
        String silent = Fixtures.newTenant(province);
        String count = ReportFixtures.indicator(province, "NUMBER", "SUM", null);
        // Monthly on the calendar, due 5 days after: November 2026 is due on 05/12/2026.
        String dataSet = ReportFixtures.dataSet(province, "MONTH", List.of(count), List.of(), false);
        clock.startAt(OffsetDateTime.parse("2026-12-05T23:30:00+07:00").toInstant());
        submit(early, dataSet, count);
        clock.startAt(OffsetDateTime.parse("2026-12-06T00:10:00+07:00").toInstant());
        submit(tardy, dataSet, count);
        Api.as(Api.PROVINCE_ADMIN).get(ReportFixtures.REPORT + "/completeness", province, dataSet, "2026-11")
                .then().statusCode(200).body("dueDate", equalTo("2026-12-05")).body("expected", equalTo(3))
                .body("submitted", equalTo(2)).body("onTime", equalTo(1)).body("late", equalTo(2))
                .body("approved", equalTo(0)).body("missing", contains(silent))
                .body("units.find { it.tenantCode == '" + early + "' }.late", equalTo(false))
                .body("units.find { it.tenantCode == '" + tardy + "' }.late", equalTo(true));
    }

    private static void submit(String commune, String dataSet, String count) {
        Api.as(Api.PROVINCE_ADMIN).body(ReportFixtures.number(count, 1)).put(ReportFixtures.REPORT, commune, dataSet, "2026-11")
                .then().statusCode(200);
        Api.as(Api.PROVINCE_ADMIN).post(ReportFixtures.REPORT + "/submit", commune, dataSet, "2026-11")
                .then().statusCode(200);
    }
}
