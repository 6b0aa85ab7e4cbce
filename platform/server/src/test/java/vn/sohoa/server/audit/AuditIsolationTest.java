package vn.sohoa.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** A tenant's audit is read by its administrators only, and nobody changes it through the application. */
@QuarkusTest
class AuditIsolationTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @Inject
    TenantWork work;

    String tenantA;
    String tenantB;

    @BeforeEach
    void two_tenants_with_their_admins_and_a_viewer_of_a() {
        tenantA = Fixtures.newTenant();
        tenantB = Fixtures.newTenant();
        Fixtures.addMember(tenantA, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(tenantB, Api.ADMIN_B, "TENANT_ADMIN");
        Fixtures.addMember(tenantA, Api.VIEWER, "VIEWER");
        Fixtures.addUnit(tenantA, "A1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/tenants/{code}/audit", "/api/v1/tenants/{code}/audit/export"})
    void tenant_b_admin_cannot_read_tenant_a_audit_and_a_viewer_of_a_may_not(String path) {
        Api.as(Api.ADMIN_B).accept("*/*").get(path, tenantA).then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(Api.VIEWER).accept("*/*").get(path, tenantA).then().statusCode(403)
                .contentType("application/problem+json");
        Api.as(Api.ADMIN_A).accept("*/*").get(path, tenantA).then().statusCode(200);
    }

    @Test
    void tenant_b_admin_sees_only_tenant_b_entries() {
        var keys = Api.as(Api.ADMIN_B).get("/api/v1/tenants/{code}/audit", tenantB).then().statusCode(200)
                .extract().jsonPath().getList("items.entityKey", String.class);
        assertThat(keys).isNotEmpty().doesNotContain("A1", Api.VIEWER);
    }

    @Test
    void in_tenant_b_sql_without_a_tenant_predicate_reads_none_of_tenant_a_entries() {
        long fromA = work.inTenant(tenantB, () -> ((Number) em.createNativeQuery(
                "select count(*) from audit_entry where tenant_id = :a").setParameter("a", tenantA)
                .getSingleResult()).longValue());
        assertThat(fromA).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"update audit_entry set action = 'DELETE'", "delete from audit_entry",
        "truncate audit_entry",
        "insert into audit_entry (tenant_id, actor_subject, actor_username, entity_type, entity_key, action, changes)"
            + " values ('%s', 'x', 'x', 'Unit', 'A1', 'DELETE', '{}')"})
    void the_application_role_cannot_change_audit_entries(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("select set_config('sohoa.tenant_id', '" + tenantA + "', false)");
            assertThat(catchThrowable(() -> statement.execute(sql.formatted(tenantA))))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        assertThat(AuditTrailTest.audit(tenantA, java.util.Map.of("entityType", "Unit")).getList("items.action"))
                .containsExactly("CREATE");
    }
}
