package vn.sohoa.server.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.NameFile;
import vn.sohoa.server.support.TenantSql;

/**
 * The database wall holds against the application role itself: statements the application could send,
 * run over plain JDBC as {@code sohoa_app} inside one tenant, neither forge the audit trail, nor move or
 * revive a tenant behind the registry's back, nor fold another tenant into their roll-up, nor reach the
 * caller's memberships in another tenant.
 */
@QuarkusTest
class DatabaseWallTest {

    @Inject
    AgroalDataSource dataSource;

    String district;
    String mine;
    String other;

    @BeforeEach
    void a_district_with_two_communes_and_a_person_in_both() {
        district = Fixtures.newTenant();
        mine = Fixtures.newTenant(district);
        other = Fixtures.newTenant(district);
        Fixtures.addMember(mine, Api.VIEWER, "VIEWER");
        Fixtures.addMember(other, Api.VIEWER, "VIEWER");
    }

    @Test
    void a_temporary_table_with_the_audit_trigger_cannot_forge_an_entry_in_another_tenant() throws SQLException {
        List<SQLException> refusals = new ArrayList<>();
        try (Connection connection = inTenant(mine, null); Statement statement = connection.createStatement()) {
            for (String sql : List.of(
                    "create temp table forged (tenant_id varchar(32), code varchar(32))",
                    "create trigger forged_audit after insert on forged for each row "
                            + "execute function audit_tenant_scoped_row('Unit', 'code')",
                    "insert into forged values ('" + other + "', 'FORGED')")) {
                try {
                    statement.execute(sql);
                } catch (SQLException refused) {
                    refusals.add(refused);
                }
            }
        }
        assertThat(refusals).first().extracting(Throwable::getMessage).asString()
                .contains("permission denied to create temporary tables");
        assertThat(TenantSql.strings(dataSource, other,
                "select count(*) from audit_entry where entity_key = 'FORGED'")).containsExactly("0");
    }

    @Test
    void the_application_role_creates_nothing_and_executes_only_the_functions_it_calls() throws SQLException {
        try (Connection connection = inTenant(mine, null); Statement statement = connection.createStatement()) {
            assertThat(strings(statement, """
                    select (has_database_privilege(current_user, current_database(), 'TEMPORARY')
                        or has_schema_privilege(current_user, 'public', 'CREATE'))::text""")).containsExactly("false");
            String executable = """
                    select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                    where n.nspname = 'public' and has_function_privilege(current_user, p.oid, 'EXECUTE')
                      and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass
                                      and d.objid = p.oid and d.deptype = 'e')""";
            assertThat(strings(statement, "select distinct proname from (" + executable + ") f order by 1"))
                    .containsExactlyElementsOf(NameFile.read("/walls/app-functions.txt"));
            assertThat(strings(statement, "select proname from (" + executable + ") f group by 1 having count(*) > 1"))
                    .containsExactly("replicate_pilot");
            assertThat(strings(statement, """
                    select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                    cross join aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) acl
                    where n.nspname = 'public' and acl.grantee = 0 and acl.privilege_type = 'EXECUTE'
                      and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass
                                      and d.objid = p.oid and d.deptype = 'e')""")).isEmpty();
            Throwable refused = catchThrowable(() -> statement.execute(
                    "create trigger forged_audit after insert on unit for each row "
                            + "execute function audit_tenant_scoped_row('Unit', 'code')"));
            assertThat(refused).isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void a_native_statement_cannot_rewrite_a_tenants_path_or_parent_nor_forge_its_moves() throws SQLException {
        String pathBefore = pathOf(mine);
        try (Connection connection = inTenant(mine, null); Statement statement = connection.createStatement()) {
            for (String sql : List.of(
                    "update tenant set path = text2ltree('1') where code = '" + mine + "'",
                    "update tenant set parent_code = '" + other + "' where code = '" + mine + "'",
                    "insert into tenant_move (tenant_code, from_parent_code, to_parent_code, effective_date) "
                            + "values ('" + mine + "', '" + district + "', '" + other + "', date '2025-07-01')")) {
                assertThat(catchThrowable(() -> statement.execute(sql))).as(sql)
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
        }
        assertThat(pathOf(mine)).isEqualTo(pathBefore);
        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}/lineage", mine).then().statusCode(200)
                .body("moves.size()", equalTo(0));
    }

    @Test
    void an_archived_tenant_can_be_neither_revived_nor_changed_by_a_native_statement() throws SQLException {
        Api.as(Api.PROVINCE_ADMIN).post("/api/v1/tenants/{code}/archive", other).then().statusCode(200);
        try (Connection connection = inTenant(other, null); Statement statement = connection.createStatement()) {
            for (String sql : List.of(
                    "update tenant set status = 'ACTIVE', valid_to = null where code = '" + other + "'",
                    "update tenant set settings = '{\"displayName\": \"Sống lại\"}' where code = '" + other + "'",
                    "update tenant set name = 'Sống lại' where code = '" + other + "'")) {
                assertThat(catchThrowable(() -> statement.execute(sql))).as(sql)
                        .isInstanceOf(SQLException.class).hasMessageContaining("has ended (ARCHIVED)");
            }
            assertThat(catchThrowable(() -> statement.execute(
                    "update tenant set valid_to = date '2020-01-01' where code = '" + mine + "'")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("ends only when the tenant ends");
        }
        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}", other).then()
                .body("status", equalTo("ARCHIVED"));
    }

    @Test
    void a_forged_lineage_link_does_not_fold_another_tenants_history_into_a_roll_up() throws SQLException {
        try (Connection connection = inTenant(mine, null); Statement statement = connection.createStatement()) {
            assertThat(catchThrowable(() -> statement.execute(
                    "insert into tenant_lineage (predecessor_code, successor_code, kind, effective_date) values ('"
                            + other + "', '" + mine + "', 'MERGE', date '2025-07-01')")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("has not ended by it");
        }
        assertThat(TenantSql.strings(dataSource, mine, "select code from tenant_rollup(?)", mine))
                .containsExactly(mine);
    }

    @Test
    void a_statement_in_one_tenant_cannot_change_or_remove_the_callers_memberships_in_another() throws SQLException {
        String subject = TenantSql.strings(dataSource, mine,
                "select user_subject from membership where username = ?", Api.VIEWER).getFirst();
        try (Connection connection = inTenant(mine, subject)) {
            assertThat(strings(connection, "select tenant_id from membership where user_subject = ? order by 1",
                    subject)).contains(mine, other);
            assertThat(update(connection, "update membership set role = 'TENANT_ADMIN' where user_subject = ?",
                    subject)).isEqualTo(1);
            assertThat(update(connection, "delete from membership where user_subject = ?", subject)).isEqualTo(1);
        }
        assertThat(TenantSql.strings(dataSource, other,
                "select role from membership where user_subject = ?", subject)).containsExactly("VIEWER");
    }

    /** A connection of the application role entered into {@code tenant}, as {@code subject} when given. */
    private Connection inTenant(String tenant, String subject) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement enter = connection.prepareStatement(
                "select set_config('sohoa.tenant_id', ?, false), set_config('sohoa.user_subject', ?, false)")) {
            enter.setString(1, tenant);
            enter.setString(2, subject == null ? "" : subject);
            enter.execute();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private String pathOf(String code) throws SQLException {
        return TenantSql.strings(dataSource, code, "select path::text from tenant where code = ?", code).getFirst();
    }

    private static List<String> strings(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return column(rows);
        }
    }

    private static List<String> strings(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return column(rows);
            }
        }
    }

    private static int update(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            return statement.executeUpdate();
        }
    }

    private static List<String> column(ResultSet rows) throws SQLException {
        List<String> values = new ArrayList<>();
        while (rows.next()) {
            values.add(rows.getString(1));
        }
        return values;
    }
}
