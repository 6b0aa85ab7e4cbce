package vn.sohoa.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.TenantSql;
import vn.sohoa.server.support.TestClock;

/** A dashboard counts only its subtree, opens only for those who may read its tenant, and ranks only children. */
@QuarkusTest
class DashboardIsolationTest {

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

    @Test
    void a_dashboard_never_counts_a_tenant_outside_its_subtree() {
        var province = Api.as(Api.PROVINCE_ADMIN).queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .get(DASHBOARD, tree.province).then().statusCode(200).extract().jsonPath();
        var elsewhere = Api.as(Api.PROVINCE_ADMIN).queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .get(DASHBOARD, tree.elsewhere).then().statusCode(200).extract().jsonPath();
        assertThat(elsewhere.getLong("activity.acts")).isEqualTo(1);
        assertThat(elsewhere.getLong("activity.people")).isEqualTo(7);
        assertThat(elsewhere.getLong("coverage.hamlets")).isEqualTo(1);
        assertThat(province.getLong("activity.people")).isEqualTo(11);
        assertThat(province.getList("coverage.withoutTeam.tenantCode")).doesNotContain(tree.outside);
        var commune1 = Api.as(Api.ADMIN_B).queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .get(DASHBOARD, tree.commune1).then().statusCode(200).extract().jsonPath();
        assertThat(commune1.getLong("activity.acts")).isEqualTo(3);
        assertThat(commune1.getLong("coverage.hamlets")).isEqualTo(2);
    }

    @Test
    void a_commune_admin_cannot_open_a_siblings_dashboard_nor_a_parents() {
        Api.as(Api.ADMIN_B).get(DASHBOARD, tree.commune3).then().statusCode(404);
        Api.as(Api.ADMIN_B).get(DASHBOARD, tree.district1).then().statusCode(404);
        Api.as(Api.ADMIN_B).queryParam("metric", "acts").get(DASHBOARD + "/children", tree.province).then().statusCode(404);
        Api.as(Api.ADMIN_B).accept("*/*").get(DASHBOARD + "/report.xlsx", tree.commune3).then().statusCode(404);
        Api.as(Api.ADMIN_A).get(DASHBOARD, tree.elsewhere).then().statusCode(404);
    }

    @Test
    void the_ranking_lists_only_live_direct_children() {
        Api.as(Api.ADMIN_A).queryParam("metric", "people").get(DASHBOARD + "/children", tree.district1)
                .then().statusCode(200).body("items.code", contains(tree.commune1));
        Api.as(Api.ADMIN_A).queryParam("metric", "coverage").get(DASHBOARD + "/children", tree.province)
                .then().statusCode(200).body("items.code", contains(tree.district1, tree.district2));
    }

    @Test
    void the_database_reads_a_dashboard_only_for_the_tenant_the_connection_has_entered() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TenantSql.strings(dataSource, tree.commune1,
                        "select count(*) from activity_rollup(?, '2026-03-01', '2026-03-31', false)", tree.province))
                .isInstanceOf(SQLException.class).hasMessageContaining("only the tenant the transaction has entered");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TenantSql.strings(dataSource, tree.commune1,
                        "select count(*) from dashboard_scope(?)", tree.province))
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
    }
}
