package vn.sohoa.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TestClock;

/**
 * Each figure of a dashboard equals a direct count over the raw records, sub-units and team members of the same
 * subtree and period, on a small province where a commune was merged into one of another district.
 */
@QuarkusTest
class DashboardFiguresTest {

    static final String DASHBOARD = "/api/v1/tenants/{code}/dashboard";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    SmallProvince tree;

    @BeforeEach
    void on_20_march_2026() throws Exception {
        clock.startAt(SmallProvince.NOW);
        tree = SmallProvince.of(dataSource);
    }

    @AfterEach
    void back_to_today() {
        clock.reset();
    }

    JsonPath march(String code) {
        return Api.as(Api.ADMIN_A).queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .get(DASHBOARD, code).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void activity_equals_the_records_of_the_subtree_and_of_the_commune_merged_into_it() throws Exception {
        List<String> subtree = List.of(tree.province, tree.district1, tree.district2, tree.commune1, tree.commune2,
                tree.commune3);
        long[] now = SmallProvince.counted(dataSource, subtree, "2026-03-01", "2026-03-31");
        long[] before = SmallProvince.counted(dataSource, subtree, "2026-01-29", "2026-02-28");
        JsonPath dashboard = march(tree.province);
        assertThat(dashboard.getLong("activity.acts")).isEqualTo(now[0]).isEqualTo(5);
        assertThat(dashboard.getLong("activity.people")).isEqualTo(now[1]).isEqualTo(11);
        assertThat(dashboard.getLong("activity.previousActs")).isEqualTo(before[0]).isEqualTo(2);
        assertThat(dashboard.getString("previousFrom")).isEqualTo("2026-01-29");
        assertThat(dashboard.getList("activity.byCategory.category")).containsExactly("VNEID", "CASHLESS", "DVC_ONLINE");
        assertThat(dashboard.getList("activity.byCategory.acts", Long.class)).containsExactly(3L, 1L, 1L);
        assertThat(dashboard.getList("activity.byWeek.week")).containsExactly("2026-02-23", "2026-03-02",
                "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30");
        assertThat(dashboard.getList("activity.byWeek.acts", Long.class)).containsExactly(1L, 3L, 0L, 1L, 0L, 0L);
        long[] district2 = SmallProvince.counted(dataSource, List.of(tree.district2, tree.commune3, tree.commune2),
                "2026-03-01", "2026-03-31");
        assertThat(march(tree.district2).getLong("activity.acts")).isEqualTo(district2[0]).isEqualTo(2);
        assertThat(march(tree.district1).getLong("activity.acts")).isEqualTo(3);
    }

    @Test
    void coverage_equals_the_hamlets_and_team_members_of_the_live_tenants_on_the_periods_last_days() throws Exception {
        List<String> live = List.of(tree.province, tree.district1, tree.district2, tree.commune1, tree.commune3);
        long[] today = SmallProvince.coverage(dataSource, live, "2026-03-20");
        long[] february = SmallProvince.coverage(dataSource, live, "2026-02-28");
        JsonPath dashboard = march(tree.province);
        assertThat(List.of(dashboard.getLong("coverage.hamlets"), dashboard.getLong("coverage.covered"),
                dashboard.getLong("coverage.teams"), dashboard.getLong("coverage.members")))
                .containsExactly(today[0], today[1], today[2], today[3]).containsExactly(5L, 1L, 1L, 1L);
        assertThat(List.of(dashboard.getLong("coverage.previousHamlets"), dashboard.getLong("coverage.previousCovered"),
                dashboard.getLong("coverage.previousTeams"), dashboard.getLong("coverage.previousMembers")))
                .containsExactly(february[0], february[1], february[2], february[3]).containsExactly(5L, 2L, 2L, 2L);
        assertThat(dashboard.getString("coverage.asOfDay")).isEqualTo("2026-03-20");
        assertThat(dashboard.getLong("coverage.withoutTeamTotal")).isEqualTo(4);
        assertThat(dashboard.getList("coverage.withoutTeam.tenantCode")).containsExactlyInAnyOrder(tree.commune1,
                tree.commune3, tree.commune3, tree.commune3);
        assertThat(dashboard.getDouble("coverage.rate")).isEqualTo(20.0);
    }

    @Test
    void tenants_that_logged_nothing_in_the_last_fourteen_days_are_listed() {
        JsonPath dashboard = march(tree.province);
        assertThat(dashboard.getString("activity.idleSince")).isEqualTo("2026-03-07");
        assertThat(dashboard.getList("activity.idle.code")).containsExactly(tree.commune1);
        assertThat(dashboard.getLong("activity.idleTotal")).isEqualTo(1);
    }

    @Test
    void the_ranking_counts_a_merged_commune_in_the_branch_of_its_successor() {
        Api.as(Api.ADMIN_A).queryParam("metric", "acts").queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .get(DASHBOARD + "/children", tree.province).then().statusCode(200)
                .body("metric", equalTo("acts"))
                .body("items.code", contains(tree.district1, tree.district2))
                .body("items.value", contains(3.0f, 2.0f))
                .body("items.numerator", contains(3, 2));
        Api.as(Api.ADMIN_A).queryParam("metric", "coverage").queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .get(DASHBOARD + "/children", tree.province).then().statusCode(200)
                .body("items.code", contains(tree.district1, tree.district2))
                .body("items.numerator", contains(1, 0))
                .body("items.denominator", contains(2, 3))
                .body("items.value", contains(50.0f, 0.0f));
    }

    @Test
    void the_dashboard_shows_its_as_of_time_and_a_new_record_at_once() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Fixtures.addMember(province, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addUnit(commune, "AP1");
        JsonPath first = march(province);
        assertThat(first.getLong("activity.acts")).isZero();
        assertThat(OffsetDateTime.parse(first.getString("asOf")).toInstant()).isAfterOrEqualTo(SmallProvince.NOW);
        assertThat(march(province).getString("asOf")).isEqualTo(first.getString("asOf"));
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("occurredAt", "2026-03-19T08:30:00+07:00", "unitCode", "AP1",
                        "categoryCode", "VNEID", "channel", "OFFICE", "peopleCount", 2, "outcome", "DONE"))
                .post("/api/v1/tenants/{code}/support-logs", commune).then().statusCode(201);
        JsonPath after = march(province);
        assertThat(after.getLong("activity.acts")).isEqualTo(1);
        assertThat(after.getLong("activity.people")).isEqualTo(2);
        SmallProvince.member(commune, "2026-03-01", null);
        assertThat(march(province).getLong("coverage.covered")).isEqualTo(1);
    }

    @Test
    void the_ranking_of_any_period_equals_the_records_of_each_branch() throws Exception {
        List<String> district1 = List.of(tree.district1, tree.commune1);
        List<String> district2 = List.of(tree.district2, tree.commune3, tree.commune2);
        // Whole months; months, weeks and days; weeks across a month's end; one day; days only.
        for (String[] period : List.of(new String[] {"2026-02-01", "2026-03-31"}, new String[] {"2026-02-10", "2026-03-17"},
                new String[] {"2026-02-23", "2026-03-08"}, new String[] {"2026-03-06", "2026-03-06"},
                new String[] {"2026-02-26", "2026-03-04"})) {
            for (String metric : List.of("acts", "people")) {
                int column = "acts".equals(metric) ? 0 : 1;
                Map<String, Long> expected = Map.of(
                        tree.district1, SmallProvince.counted(dataSource, district1, period[0], period[1])[column],
                        tree.district2, SmallProvince.counted(dataSource, district2, period[0], period[1])[column]);
                JsonPath ranking = Api.as(Api.ADMIN_A).queryParam("metric", metric).queryParam("from", period[0])
                        .queryParam("to", period[1]).get(DASHBOARD + "/children", tree.province).then().statusCode(200)
                        .extract().jsonPath();
                List<String> codes = ranking.getList("items.code");
                List<Long> values = ranking.getList("items.numerator", Long.class);
                for (int i = 0; i < codes.size(); i++) {
                    assertThat(values.get(i)).as(metric + " of " + codes.get(i) + " from " + period[0] + " to " + period[1])
                            .isEqualTo(expected.get(codes.get(i)));
                }
            }
        }
    }

    @Test
    void a_new_hamlet_and_a_new_commune_show_on_the_cached_dashboard_at_once() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Fixtures.addMember(province, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addUnit(commune, "AP1");
        assertThat(march(province).getLong("coverage.hamlets")).isEqualTo(1);
        Fixtures.addUnit(commune, "AP2");
        assertThat(march(province).getLong("coverage.hamlets")).isEqualTo(2);
        Api.as(Api.PROVINCE_ADMIN).delete("/api/v1/tenants/{code}/units/{unit}", commune, "AP2").then().statusCode(204);
        assertThat(march(province).getLong("coverage.hamlets")).isEqualTo(1);
        assertThat(children(province)).containsExactly(commune);
        String second = Fixtures.newTenant(province);
        assertThat(children(province)).containsExactlyInAnyOrder(commune, second);
        // The province's subtree was stored before the second commune existed; creating it moved the hierarchy on.
        Fixtures.addUnit(second, "AP1");
        assertThat(march(province).getLong("coverage.hamlets")).isEqualTo(2);
    }

    List<String> children(String code) {
        return Api.as(Api.ADMIN_A).queryParam("metric", "coverage").queryParam("from", "2026-03-01")
                .queryParam("to", "2026-03-31").get(DASHBOARD + "/children", code).then().statusCode(200)
                .extract().jsonPath().getList("items.code");
    }
}
