package vn.sohoa.server.ui;

import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.sohoa.server.support.MonthlyCommuneReport;
import vn.sohoa.server.support.TestClock;

/**
 * The browser tests of the report pages: a province with two communes and its monthly report
 * ({@link MonthlyCommuneReport}), on a clock fixed at 12:00 in Vietnam on 2 December 2026, when October's forms
 * were due (on 5 November) and November's are due on 5 December. The tests must not depend on the day they run.
 */
abstract class MonthlyReportBrowserTest extends BrowserTest {

    @Inject
    TestClock clock;

    String province;
    String commune;
    String sibling;
    String households;
    String dataSet;

    @BeforeEach
    void a_province_with_two_communes_and_a_monthly_report() {
        clock.startAt(Instant.parse("2026-12-02T05:00:00Z"));
        MonthlyCommuneReport report = MonthlyCommuneReport.create();
        province = report.tenants().province();
        commune = report.tenants().commune();
        sibling = report.tenants().sibling();
        households = report.households();
        dataSet = report.dataSet();
    }

    @AfterEach
    void the_clock_runs_on_the_systems_time_again() {
        clock.reset();
    }
}
