package vn.sohoa.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.admin.tenants.service.TenantDraft;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.tenancy.service.TenantDirectory;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TestClock;

/**
 * The province administrator lands on the province's dashboard, opens a district and then a commune from the
 * ranking, and reads on each the figures the API gives; at phone size the page does not scroll sideways. The time
 * to the first figures is written to the log, not asserted: on a shared build machine it says little.
 */
@QuarkusTest
class DashboardUiTest extends BrowserTest {

    private static final Logger LOG = Logger.getLogger(DashboardUiTest.class);
    private static final String PROVINCE = "93";
    /**
     * The browser's own account of the page load, from the start of the navigation: when the first card's figure was
     * painted (Element Timing, free of the test's polling), then the page and each request.
     */
    private static final String WHERE_THE_TIME_GOES = """
            async () => {
              const ms = t => Math.round(t);
              const painted = await new Promise(done => {
                new PerformanceObserver(list => {
                  const card = list.getEntries().find(e => e.identifier === 'card-acts');
                  if (card) {
                    done(card.renderTime || card.loadTime);
                  }
                }).observe({type: 'element', buffered: true});
                setTimeout(() => done(NaN), 2000);
              });
              const page = performance.getEntriesByType('navigation')[0];
              return `card painted at ${ms(painted)} ms, seen at ${ms(performance.now())} ms: page ${ms(page.requestStart)}-${ms(page.responseEnd)} ms `
                + `(${page.transferSize} B), DOMContentLoaded ${ms(page.domContentLoadedEventEnd)} ms; `
                + performance.getEntriesByType('resource').map(r => `${r.name.replace(location.origin, '')} `
                  + `${ms(r.startTime)}-${ms(r.responseEnd)} ms (${r.transferSize} B)`).join('; ');
            }""";

    @Inject
    TenantService tenants;

    @Inject
    TenantDirectory directory;

    @Inject
    TestClock clock;

    @AfterEach
    void back_to_the_suites_time() {
        clock.reset();
    }

    String district;
    String commune;

    @BeforeEach
    void a_district_and_a_commune_of_the_province_with_a_team_and_records() {
        if (directory.find(PROVINCE).isEmpty()) {
            tenants.provision(new TenantDraft(PROVINCE, "Tỉnh Hậu Giang", TenantKind.PROVINCE, null));
        }
        district = Fixtures.newTenant(PROVINCE);
        commune = Fixtures.newTenant(district);
        Fixtures.addUnit(commune, "AP1");
        Fixtures.addUnit(commune, "AP2");
        Fixtures.addVolunteer(commune, Fixtures.addTeam(commune, "AP1"));
        Fixtures.logSupport(commune, "AP1", "VNEID", thisMonth());
        Fixtures.logSupport(commune, "AP2", "CASHLESS", thisMonth());
    }

    /**
     * In the district: the commune's market pilot recognised and replicated to a second commune, and a target of the
     * district for this year, so that the replicas' and the targets' lists each have a line to show.
     */
    private void a_recognised_pilot_replicated_in_the_district_and_a_target() {
        String second = Fixtures.newTenant(district);
        String pilots = "/api/v1/tenants/{code}/pilots";
        // Decided the day before the suite's day: a step may not take effect before its decision.
        String decided = TestClock.suiteNow().toLocalDate().minusDays(1).toString();
        Map<String, Object> kpi = Map.of("code", "QR", "name", "Hộ kinh doanh có mã QR", "kind", "NUMBER",
                "direction", "UP", "unit", "hộ", "target", 100, "key", true);
        int pilot = Api.as(Api.PROVINCE_ADMIN).body(Map.of("name", "Chợ 4.0 không dùng tiền mặt", "field", "COMMERCE",
                        "startDate", "2026-01-01", "endDate", "2026-12-31", "kpis", List.of(kpi)))
                .post(pilots, commune).then().statusCode(201).extract().path("id");
        for (String action : List.of("PROPOSE", "APPROVE", "START", "REVIEW")) {
            Map<String, Object> step = new HashMap<>(Map.of("action", action));
            if (action.equals("APPROVE")) {
                step.putAll(Map.of("decisionNumber", "12/QĐ-UBND", "decisionDate", decided));
            }
            Api.as(Api.PROVINCE_ADMIN).body(step).post(pilots + "/{id}/transitions", commune, pilot).then()
                    .statusCode(200);
        }
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("scores", List.of(), "recognised", true))
                .post(pilots + "/{id}/evaluation", commune, pilot).then().statusCode(200);
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("targets", List.of(second), "decisionNumber", "15/QĐ-UBND",
                "decisionDate", decided)).post(pilots + "/{id}/replications", commune, pilot).then().statusCode(201);
        String indicator = "UI" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("code", indicator, "name", "Hộ có địa chỉ số", "unit", "hộ",
                        "kind", "NUMBER", "acrossTenants", "SUM", "acrossPeriods", "LAST", "direction", "UP"))
                .post("/api/v1/tenants/{code}/indicators", PROVINCE).then().statusCode(201);
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("value", 500)).put("/api/v1/tenants/{code}/targets/{indicator}/{year}",
                district, indicator, TestClock.suiteNow().getYear()).then().statusCode(200);
    }

    /** A day ago, or the month's first moment on its first day: the dashboard opens on this month in Vietnam. */
    private static OffsetDateTime thisMonth() {
        OffsetDateTime now = TestClock.suiteNow();
        OffsetDateTime monthStart = now.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS);
        return now.minusDays(1).isBefore(monthStart) ? monthStart : now.minusDays(1);
    }

    @Test
    void the_province_administrator_drills_down_from_the_province_to_a_commune_and_sees_the_api_figures() {
        a_recognised_pilot_replicated_in_the_district_and_a_target();
        SignedIn.as(page, app, Api.PROVINCE_ADMIN);
        PlaywrightAssertions.assertThat(page).hasURL(app + "t/" + PROVINCE);
        sameFiguresAsTheApi(PROVINCE);

        // The province has many children: the ranking is searched by name, diacritics and case aside.
        page.locator("#ranking-search input").fill("xa thu " + district.toLowerCase(java.util.Locale.ROOT));
        page.waitForCondition(() -> Integer.valueOf(1).equals(page.locator("#ranking").evaluate("grid => grid.size")));
        SignedIn.gridCell(page, "Xã thử " + district).click();
        PlaywrightAssertions.assertThat(page).hasURL(app + "t/" + district);
        sameFiguresAsTheApi(district);
        // The district's own pilot, replica and target, whatever else the shared database holds.
        PlaywrightAssertions.assertThat(page.locator("#replicas li")).hasCount(1);
        PlaywrightAssertions.assertThat(page.locator("#replicas")).containsText("Chợ 4.0 không dùng tiền mặt");
        PlaywrightAssertions.assertThat(page.locator("#targets li")).hasCount(1);
        PlaywrightAssertions.assertThat(page.locator("#targets")).containsText("Hộ có địa chỉ số");

        SignedIn.gridCell(page, "Xã thử " + commune).click();
        PlaywrightAssertions.assertThat(page).hasURL(app + "t/" + commune);
        sameFiguresAsTheApi(commune);
        PlaywrightAssertions.assertThat(page.locator("#activity-categories")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#breadcrumbs")).containsText("Xã thử " + district);
        page.locator("#breadcrumbs").getByText("Tỉnh Hậu Giang").click();
        PlaywrightAssertions.assertThat(page).hasURL(app + "t/" + PROVINCE);
    }

    @Test
    void at_phone_size_the_dashboard_renders_without_scrolling_sideways() {
        onAPhone();
        SignedIn.as(page, app, Api.PROVINCE_ADMIN);
        long started = System.nanoTime();
        page.navigate(app + "t/" + district);
        PlaywrightAssertions.assertThat(page.locator("#card-acts .figure-value")).isVisible();
        LOG.infof("First render of a district's dashboard at 360 px: %d ms; %s",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), page.evaluate(WHERE_THE_TIME_GOES));
        PlaywrightAssertions.assertThat(page.locator("#dashboard-trend canvas")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#coverage-map canvas")).isVisible();
        assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
        // One column: the ranking comes under the trend.
        assertThat(page.locator("#ranking").boundingBox().x).isLessThan(right(page.locator("#dashboard-trend")));
    }

    private static double right(Locator element) {
        return element.boundingBox().x + element.boundingBox().width;
    }

    @Test
    void on_the_big_screen_of_the_operations_centre_the_dashboard_uses_the_width_and_goes_full_screen_and_live() {
        SignedIn.as(page, app, Api.PROVINCE_ADMIN);
        page.setViewportSize(1920, 1080);
        page.navigate(app + "t/" + district);
        PlaywrightAssertions.assertThat(page.locator("#dashboard-trend canvas")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#coverage-map canvas")).isVisible();
        fitsTheScreen();
        assertThat(page.locator("#dashboard").boundingBox().width).isGreaterThan(1400);
        // Two columns: the ranking stands beside the trend.
        assertThat(page.locator("#ranking").boundingBox().x).isGreaterThan(right(page.locator("#dashboard-trend")));
        assertThat(page.evaluate("""
                () => echarts.getInstanceByDom(document.getElementById('dashboard-trend')).getOption().yAxis
                        .find(axis => axis.type === 'value').axisLabel.formatter(1234.5)""")).isEqualTo("1.234,5");
        // A week's tooltip gives its count over the period's.
        long periodActs = Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}/dashboard", district).then().statusCode(200)
                .extract().jsonPath().getLong("activity.acts");
        assertThat((String) page.evaluate("""
                () => echarts.getInstanceByDom(document.getElementById('dashboard-trend')).getOption().series[0].data
                        .find(week => week.value > 0).tooltip.formatter"""))
                .matches("Tuần từ \\d{2}/\\d{2}/\\d{4}: \\d+ lượt hỗ trợ trên " + periodActs + " của cả kỳ \\(.+ %\\)");

        // The ranking on people helped, which the wall keeps.
        page.locator("#ranking-metric").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Người được hỗ trợ")).click();
        PlaywrightAssertions.assertThat(page.locator("#ranking-metric")).containsText("Người được hỗ trợ");

        page.locator("#full-screen").click();

        page.waitForCondition(() -> Boolean.TRUE.equals(
                page.evaluate("() => document.fullscreenElement?.id === 'dashboard'")));
        PlaywrightAssertions.assertThat(page.locator("#dashboard-trend canvas")).isVisible();
        // The wall: no downloads, larger type, and a record logged meanwhile shows without a reload (the tests
        // refresh every second, a deployment every minute).
        PlaywrightAssertions.assertThat(page.locator("#report-xlsx")).isHidden();
        assertThat(page.evaluate("() => getComputedStyle(document.getElementById('dashboard')).fontSize"))
                .isEqualTo("20px");
        // From here on, every change the refreshes make to the page is watched: at no moment may a chart be left
        // undrawn or the ranking's table be another one (a refresh drawing the cards first and the charts a round
        // trip later, or making the table anew, shows the wall blank for a moment every minute).
        page.evaluate("""
                () => {
                  const wall = document.getElementById('dashboard');
                  const charts = [...wall.querySelectorAll('[role=img]')].map(chart => chart.id);
                  window.$rankingTable = document.getElementById('ranking');
                  window.$blank = [];
                  new MutationObserver(() => {
                    charts.filter(id => !document.querySelector('#' + id + ' canvas'))
                      .forEach(id => window.$blank.push(id));
                    if (document.getElementById('ranking') !== window.$rankingTable) {
                      window.$blank.push('ranking');
                    }
                  }).observe(wall, {childList: true, subtree: true});
                }""");
        String acts = page.locator("#card-acts .figure-value").textContent();
        Fixtures.logSupport(commune, "AP1", "VNEID", thisMonth());
        PlaywrightAssertions.assertThat(page.locator("#card-acts .figure-value")).not().hasText(acts);
        PlaywrightAssertions.assertThat(page.locator("#dashboard-trend canvas")).isVisible();
        assertThat(page.evaluate("() => window.$blank")).asList().isEmpty();
        PlaywrightAssertions.assertThat(page.locator("#ranking-metric")).containsText("Người được hỗ trợ");
        assertThat(page.evaluate("() => echarts.getInstanceByDom(document.getElementById('ranking-chart'))"
                + ".getOption().series[0].name")).isEqualTo("Người được hỗ trợ");
        // The charts each refresh replaced are disposed in the browser, not piled up over a day on the wall.
        page.waitForCondition(() -> Boolean.TRUE.equals(page.evaluate(
                "() => [...window.$sohoaCharts].every(chart => chart.isConnected)")));
        // A wall left on into a new month moves on to it, and keeps the downloads hidden.
        OffsetDateTime now = TestClock.suiteNow();
        clock.startAt(now.withDayOfMonth(1).plusMonths(1).withHour(1).toInstant());
        PlaywrightAssertions.assertThat(page.locator("#period-from input"))
                .hasValue(VietnamCalendar.DAY.format(now.toLocalDate().withDayOfMonth(1).plusMonths(1)));
        PlaywrightAssertions.assertThat(page.locator("#report-xlsx")).isHidden();

        page.evaluate("() => document.exitFullscreen()");
        PlaywrightAssertions.assertThat(page.locator("#report-xlsx")).isVisible();
        assertThat(page.evaluate("() => getComputedStyle(document.getElementById('dashboard')).fontSize"))
                .isEqualTo("16px");
        // Out of full screen the page no longer refreshes itself.
        String shown = page.locator("#card-acts .figure-value").textContent();
        Fixtures.logSupport(commune, "AP1", "VNEID", OffsetDateTime.ofInstant(clock.instant(), VietnamCalendar.ZONE));
        page.waitForTimeout(3000);
        PlaywrightAssertions.assertThat(page.locator("#card-acts .figure-value")).hasText(shown);
    }

    @Test
    void the_weekly_summary_opens_from_the_dashboard_at_phone_size_and_the_person_subscribes_to_it() {
        onAPhone();
        SignedIn.as(page, app, Api.PROVINCE_ADMIN);
        page.navigate(app + "t/" + commune);
        page.locator("#weekly-summary-link").click();
        PlaywrightAssertions.assertThat(page)
                .hasURL(java.util.regex.Pattern.compile("t/" + commune + "/weekly/\\d{4}-\\d{2}-\\d{2}$"));
        PlaywrightAssertions.assertThat(page.locator("#weekly-summary #card-acts .figure-value")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#weekly-subscription")).hasText("Nhận tóm tắt hằng tuần");
        page.locator("#weekly-subscription").click();
        PlaywrightAssertions.assertThat(page.locator("#weekly-subscription")).hasText("Thôi nhận tóm tắt hằng tuần");
        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}/dashboard/weekly", commune).then().statusCode(200)
                .body("subscribed", org.hamcrest.Matchers.equalTo(true));
        assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
    }

    private void sameFiguresAsTheApi(String code) {
        JsonPath api = Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}/dashboard", code).then().statusCode(200)
                .extract().jsonPath();
        Locator acts = page.locator("#card-acts .figure-value");
        PlaywrightAssertions.assertThat(acts).hasText(vietnamese(api.getLong("activity.acts")));
        PlaywrightAssertions.assertThat(page.locator("#card-people .figure-value"))
                .hasText(vietnamese(api.getLong("activity.people")));
        PlaywrightAssertions.assertThat(page.locator("#card-members .figure-value"))
                .hasText(vietnamese(api.getLong("coverage.members")));
        PlaywrightAssertions.assertThat(page.locator("#card-coverage")).hasAttribute("title",
                java.util.regex.Pattern.compile("^" + vietnamese(api.getLong("coverage.covered")) + " .* "
                        + vietnamese(api.getLong("coverage.hamlets")) + " "));
        PlaywrightAssertions.assertThat(page.locator("#card-pilots .figure-value"))
                .hasText(vietnamese(api.getLong("pilots.pilots")));
        PlaywrightAssertions.assertThat(page.locator("#card-certificates .figure-value"))
                .hasText(vietnamese(api.getLong("training.certificates")));
        PlaywrightAssertions.assertThat(page.locator("#card-trained")).hasAttribute("title",
                java.util.regex.Pattern.compile("^" + vietnamese(api.getLong("training.peopleDone")) + " trên "
                        + vietnamese(api.getLong("training.peopleAssigned")) + " "));
        PlaywrightAssertions.assertThat(page.locator("#card-completeness")).hasAttribute("title",
                java.util.regex.Pattern.compile("^" + vietnamese(api.getLong("reports.submitted")) + " trên "
                        + vietnamese(api.getLong("reports.expected")) + " "));
        PlaywrightAssertions.assertThat(page.locator("#card-dti")).isVisible();
        // The breakdowns and lists beyond the cards: there exactly when the API has them, one line per item.
        PlaywrightAssertions.assertThat(page.locator("#activity-categories"))
                .hasCount(api.getList("activity.byCategory").isEmpty() ? 0 : 1);
        PlaywrightAssertions.assertThat(page.locator("#pilot-fields")).hasCount(api.getLong("pilots.pilots") > 0 ? 1 : 0);
        PlaywrightAssertions.assertThat(page.locator("#replicas li")).hasCount(api.getList("pilots.newestReplicas").size());
        PlaywrightAssertions.assertThat(page.locator("#targets li")).hasCount(api.getList("reports.targets").size());
        JsonPath categories = Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}/support-categories", code).then()
                .statusCode(200).extract().jsonPath();
        List<String> labels = api.<String>getList("activity.byCategory.category").stream()
                .map(category -> categories.getString("find { it.code == '" + category + "' }.labelVi")).toList();
        if (!labels.isEmpty()) {
            PlaywrightAssertions.assertThat(page.locator("#activity-categories"))
                    .hasAttribute("aria-label", String.join(", ", labels));
        }
    }

    /** 1.234 as the page writes it. */
    private static String vietnamese(long value) {
        return String.format("%,d", value).replace(',', '.');
    }
}
