package vn.sohoa.server.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.server.support.Fixtures;

/**
 * The database wall on its own: SQL with no tenant predicate, run as the application role, never
 * reaches another tenant's rows.
 */
@QuarkusTest
class RowLevelSecurityTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @Inject
    TenantWork work;

    String tenantA;
    String tenantB;

    @BeforeEach
    void two_tenants_with_units() {
        tenantA = Fixtures.newTenant();
        tenantB = Fixtures.newTenant();
        Fixtures.addUnit(tenantA, "A1");
        Fixtures.addUnit(tenantA, "A2");
        Fixtures.addUnit(tenantB, "B1");
    }

    @Test
    void in_tenant_b_a_native_query_without_tenant_predicate_returns_none_of_tenant_a_rows() {
        Long fromA = work.inTenant(tenantB, () -> ((Number) em.createNativeQuery(
                "select count(*) from unit where tenant_id = :a").setParameter("a", tenantA).getSingleResult()).longValue());
        @SuppressWarnings("unchecked")
        java.util.List<String> tenants = work.inTenant(tenantB,
                () -> em.createNativeQuery("select distinct tenant_id from unit").getResultList());
        assertThat(fromA).isZero();
        assertThat(tenants).containsExactly(tenantB);
    }

    @Test
    void in_tenant_b_an_update_without_tenant_predicate_changes_none_of_tenant_a_rows() {
        int changed = work.inTenant(tenantB, () -> em.createNativeQuery("update unit set name = 'Đã bị ghi đè'")
                .executeUpdate());
        assertThat(changed).isEqualTo(1);
        long untouched = work.inTenant(tenantA, () -> ((Number) em.createNativeQuery(
                "select count(*) from unit where name <> 'Đã bị ghi đè'").getSingleResult()).longValue());
        assertThat(untouched).isEqualTo(2);
    }

    @Test
    void a_row_for_another_tenant_cannot_be_inserted_from_tenant_b() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("select set_config('sohoa.tenant_id', '" + tenantB + "', false)");
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> statement.executeUpdate(
                    "insert into unit (tenant_id, code, name, type) values ('" + tenantA + "', 'X', 'Lạ', 'HAMLET')")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        }
    }

    @Test
    void a_connection_with_no_tenant_sees_no_tenant_scoped_rows() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(count(statement, "select count(*) from unit")).isZero();
            assertThat(count(statement, "select count(*) from membership")).isZero();
        }
    }

    @Test
    void the_application_role_is_no_superuser_owns_nothing_and_cannot_bypass_row_level_security() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(count(statement,
                    "select count(*) from pg_roles where rolname = current_user and not rolsuper and not rolbypassrls"))
                    .isEqualTo(1);
            assertThat(count(statement, "select count(*) from pg_tables where tableowner = current_user")).isZero();
            assertThat(count(statement, """
                    select count(*) from pg_class where relname in ('unit', 'membership')
                    and relrowsecurity and relforcerowsecurity""")).isEqualTo(2);
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
