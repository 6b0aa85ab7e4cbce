package vn.sohoa.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.infinispan.context.Flag;
import org.infinispan.manager.EmbeddedCacheManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.cluster.CacheNames;
import vn.sohoa.platform.pilots.domain.PilotField;
import vn.sohoa.platform.pilots.service.PilotRequest;
import vn.sohoa.platform.pilots.service.PilotService;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TestClock;

/**
 * The training, pilots, reports and DTI sections and their ranking metrics equal direct counts over the raw
 * enrolments, certificates, pilots and forms of the same subtree, on a province where a commune was merged into
 * one of another district and another province's data is never counted.
 */
@QuarkusTest
class DashboardSectionsTest {

    static final String DASHBOARD = "/api/v1/tenants/{code}/dashboard";
    static final String TEAM = "TEAM_MEMBER,TEAM_LEADER";
    static final String OFFICIALS = "TENANT_ADMIN,TRAINER,VIEWER";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    @Inject
    EmbeddedCacheManager cacheManager;

    @Inject
    TenantWork work;

    @Inject
    PilotService pilots;

    SectionsProvince tree;

    @BeforeEach
    void on_20_march_2026() throws Exception {
        tree = SectionsProvince.of(dataSource, clock);
    }

    @AfterEach
    void back_to_today() {
        clock.reset();
    }

    JsonPath march(String code) {
        return Api.as(Api.PROVINCE_ADMIN).queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .get(DASHBOARD, code).then().statusCode(200).extract().jsonPath();
    }

    JsonPath ranking(String code, String metric) {
        return Api.as(Api.PROVINCE_ADMIN).queryParam("metric", metric).queryParam("from", "2026-03-01")
                .queryParam("to", "2026-03-31").get(DASHBOARD + "/children", code).then().statusCode(200)
                .extract().jsonPath();
    }

    List<String> subtree() {
        return List.of(tree.province, tree.district1, tree.district2, tree.commune1, tree.commune2, tree.commune3);
    }

    @Test
    void training_counts_each_person_once_per_tenant_with_assigned_courses_and_the_certificates_of_the_period()
            throws Exception {
        long[] members = SectionsProvince.trained(dataSource, subtree(), TEAM);
        long[] officials = SectionsProvince.trained(dataSource, subtree(), OFFICIALS);
        JsonPath dashboard = march(tree.province);
        assertThat(dashboard.getLong("training.membersAssigned")).isEqualTo(members[0]).isEqualTo(4);
        assertThat(dashboard.getLong("training.membersDone")).isEqualTo(members[1]).isEqualTo(2);
        assertThat(dashboard.getLong("training.officialsAssigned")).isEqualTo(officials[0]).isEqualTo(2);
        assertThat(dashboard.getLong("training.officialsDone")).isEqualTo(officials[1]).isEqualTo(1);
        assertThat(dashboard.getDouble("training.rate")).isEqualTo(50.0);
        assertThat(dashboard.getLong("training.assigned")).isEqualTo(6);
        assertThat(dashboard.getLong("training.assignedCompleted")).isEqualTo(3);
        assertThat(dashboard.getLong("training.overdue")).isEqualTo(1);
        assertThat(dashboard.getLong("training.certificates"))
                .isEqualTo(SectionsProvince.certificates(dataSource, tree.province, subtree(), "2026-03-01", "2026-03-31"))
                .isEqualTo(2);
        assertThat(dashboard.getLong("training.previousCertificates"))
                .isEqualTo(SectionsProvince.certificates(dataSource, tree.province, subtree(), "2026-01-29", "2026-02-28"))
                .isEqualTo(1);
        List<String> district2 = List.of(tree.district2, tree.commune3, tree.commune2);
        JsonPath second = march(tree.district2);
        assertThat(second.getLong("training.peopleAssigned")).isEqualTo(
                SectionsProvince.trained(dataSource, district2, TEAM)[0]
                        + SectionsProvince.trained(dataSource, district2, OFFICIALS)[0]).isEqualTo(3);
        assertThat(second.getLong("training.certificates")).isEqualTo(1);
    }

    @Test
    void a_revoked_certificate_no_longer_counts_as_issued_in_the_dashboards_and_the_weekly_summary() throws Exception {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        long course = SectionsProvince.course(dataSource, province);
        long first = SectionsProvince.enrol(dataSource, commune, course, "hv1", "TEAM_MEMBER", "2026-12-31", "2026-03-03");
        long second = SectionsProvince.enrol(dataSource, commune, course, "hv2", "TEAM_MEMBER", "2026-12-31", "2026-03-04");
        SectionsProvince.certificate(dataSource, province, commune, first, "2026-03-03");
        String withdrawn = SectionsProvince.certificate(dataSource, province, commune, second, "2026-03-04");
        assertThat(march(commune).getLong("training.certificates")).isEqualTo(2);

        // Revoked by the province that issued it; it counts in the commune below, whose cached figures drop too.
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("reason", "Cấp nhầm người học"))
                .post("/api/v1/tenants/{code}/certificates/{serial}/revoke", province, withdrawn).then().statusCode(200);
        assertThat(march(commune).getLong("training.certificates")).isEqualTo(1)
                .isEqualTo(SectionsProvince.certificates(dataSource, province, List.of(commune), "2026-03-01", "2026-03-31"));
        assertThat(march(province).getLong("training.certificates")).isEqualTo(1);
        assertThat(Api.as(Api.PROVINCE_ADMIN).get(DASHBOARD + "/weekly/2026-03-02", commune).then().statusCode(200)
                .extract().jsonPath().getLong("training.certificates")).isEqualTo(1);
    }

    @Test
    void the_trained_ranking_gives_each_district_its_people_done_over_assigned_the_merged_commune_in_its_successor() {
        JsonPath ranking = ranking(tree.province, "trained");
        assertThat(ranking.getList("items.code")).containsExactly(tree.district1, tree.district2);
        assertThat(ranking.getLong("items[0].numerator")).isEqualTo(2);
        assertThat(ranking.getLong("items[0].denominator")).isEqualTo(3);
        assertThat(ranking.getDouble("items[0].value")).isEqualTo(66.7);
        assertThat(ranking.getLong("items[1].numerator")).isEqualTo(1);
        assertThat(ranking.getLong("items[1].denominator")).isEqualTo(3);
    }

    @Test
    void pilots_are_counted_by_stage_field_recognition_and_replica_within_the_subtree_only() throws Exception {
        long[] counted = SectionsProvince.pilots(dataSource, subtree());
        JsonPath dashboard = march(tree.province);
        assertThat(dashboard.getLong("pilots.pilots")).isEqualTo(counted[0]).isEqualTo(5);
        assertThat(dashboard.getLong("pilots.recognised")).isEqualTo(1);
        assertThat(dashboard.getLong("pilots.replicas")).isEqualTo(1);
        assertThat(dashboard.getList("pilots.byStage.key")).containsExactly("DRAFT", "APPROVED", "RUNNING", "EVALUATED");
        assertThat(dashboard.getList("pilots.byStage.pilots", Long.class)).containsExactly(1L, 2L, 1L, 1L);
        assertThat(dashboard.getList("pilots.byField.key")).containsExactly("COMMERCE", "EDUCATION", "GOVERNMENT");
        assertThat(dashboard.getString("pilots.newestReplicas[0].tenantCode")).isEqualTo(tree.commune3);
        assertThat(dashboard.getString("pilots.newestReplicas[0].sourceTenant")).isEqualTo(tree.commune1);
        assertThat(dashboard.getInt("pilots.newestReplicas[0].kpisReached")).isEqualTo(1);
        assertThat(dashboard.getInt("pilots.newestReplicas[0].kpis")).isEqualTo(1);
        JsonPath ranking = ranking(tree.province, "pilots");
        long[] first = SectionsProvince.pilots(dataSource, List.of(tree.district1, tree.commune1));
        long[] second = SectionsProvince.pilots(dataSource, List.of(tree.district2, tree.commune3, tree.commune2));
        assertThat(ranking.getList("items.numerator", Long.class)).containsExactlyInAnyOrder(first[1], second[1]);
        assertThat(ranking.getList("items.numerator", Long.class)).containsExactly(2L, 2L);
        assertThat(march(tree.district2).getLong("pilots.pilots")).isEqualTo(second[0]).isEqualTo(2);
    }

    @Test
    void reports_give_the_forms_owed_for_the_last_ended_month_and_the_targets_against_approved_figures() {
        JsonPath dashboard = march(tree.province);
        assertThat(dashboard.getList("reports.dataSets.code")).containsExactly(tree.dataSet);
        assertThat(dashboard.getString("reports.dataSets[0].period")).isEqualTo("2026-02");
        // Owed by the live communes commune1 and commune3 (commune2 was merged); commune1 submitted on 03/03.
        assertThat(dashboard.getLong("reports.expected")).isEqualTo(2);
        assertThat(dashboard.getLong("reports.submitted")).isEqualTo(1);
        assertThat(dashboard.getLong("reports.onTime")).isEqualTo(1);
        assertThat(dashboard.getDouble("reports.completeness")).isEqualTo(50.0);
        assertThat(dashboard.getDouble("reports.timeliness")).isEqualTo(50.0);
        assertThat(dashboard.getString("reports.targets[0].indicatorCode")).isEqualTo(tree.indicator);
        assertThat(dashboard.getDouble("reports.targets[0].target")).isEqualTo(80.0);
        assertThat(dashboard.getDouble("reports.targets[0].actual")).isEqualTo(90.0);
        JsonPath ranking = ranking(tree.province, "completeness");
        assertThat(ranking.getList("items.code")).containsExactly(tree.district1, tree.district2);
        assertThat(ranking.getList("items.value", Double.class)).containsExactly(100.0, 0.0);
    }

    @Test
    void the_dti_section_and_ranking_are_the_indicators_own_preview() {
        JsonPath preview = Api.as(Api.PROVINCE_ADMIN).queryParam("year", 2026).get("/api/v1/tenants/{code}/dti",
                tree.district1).then().statusCode(200).extract().jsonPath();
        JsonPath dashboard = march(tree.district1);
        assertThat(dashboard.getInt("dti.year")).isEqualTo(2026);
        assertThat(dashboard.getDouble("dti.score")).isEqualTo(preview.getDouble("score")).isEqualTo(0.9);
        assertThat(dashboard.getInt("dti.rank")).isEqualTo(preview.getInt("rank")).isEqualTo(1);
        assertThat(dashboard.getInt("dti.of")).isEqualTo(2);
        assertThat(dashboard.getList("dti.pillars.pillar")).containsExactly("DIGITAL_GOVERNMENT");
        JsonPath ranking = ranking(tree.province, "dti");
        assertThat(ranking.getList("items.code")).containsExactly(tree.district1, tree.district2);
        assertThat(ranking.getList("items.value", Double.class)).containsExactly(90.0, 0.0);
        assertThat(ranking.getList("items.numerator", Long.class)).containsExactly(1L, 2L);
        // The province was let in again after reading its districts: its own dashboard still answers.
        assertThat(march(tree.province).getDouble("dti.score")).isEqualTo(0.9);
    }

    @Test
    void a_pilot_created_through_the_api_drops_the_cached_dashboards_of_its_ancestors() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        assertThat(march(province).getLong("pilots.pilots")).isZero();
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("name", "Trường học số", "field", "EDUCATION",
                        "startDate", "2026-04-01", "endDate", "2026-12-31",
                        "kpis", List.of(Map.of("code", "HS", "name", "Học sinh dùng học bạ số", "kind", "PERCENT",
                                "direction", "UP", "unit", "%", "target", 80, "key", true))))
                .post("/api/v1/tenants/{code}/pilots", commune).then().statusCode(201);
        assertThat(march(province).getLong("pilots.pilots")).isEqualTo(1);
    }

    @Test
    void a_pilot_written_by_background_work_in_a_tenant_this_node_has_not_cached_is_kept_and_shows_at_once() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        assertThat(march(province).getLong("pilots.pilots")).isZero();
        // Work outside a request enters the tenant by its code alone; the dashboard must not read the tenant while
        // Hibernate persists the pilot (that read would flush the pilot before it has an id).
        cacheManager.getCache(CacheNames.TENANTS_BY_CODE).getAdvancedCache().withFlags(Flag.CACHE_MODE_LOCAL)
                .remove(commune);
        work.inTenant(commune, () -> pilots.create(new PilotRequest("Chợ 4.0 từ hồ sơ giấy", PilotField.COMMERCE,
                null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, List.of(), List.of(), null, null,
                null, List.of(), List.of(), List.of(), null)));
        assertThat(march(province).getLong("pilots.pilots")).isEqualTo(1);
    }

    @Test
    void a_commune_admin_cannot_open_the_sections_of_a_district_that_is_not_theirs() {
        Api.as(Api.ADMIN_B).get(DASHBOARD, tree.district2).then().statusCode(404);
        Api.as(Api.ADMIN_B).queryParam("metric", "trained").get(DASHBOARD + "/children", tree.district2).then()
                .statusCode(404);
    }
}
