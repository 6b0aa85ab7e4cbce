package vn.sohoa.server.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No tenant-scoped table can be forgotten by the second wall: read from the catalog, as the application
 * role, every table with a {@code tenant_id} column enables and forces row-level security and has a policy
 * for each command the role is granted on it, and no grant lets the role step around the policies.
 */
@QuarkusTest
class RowLevelSecurityCoverageTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void every_table_with_a_tenant_id_forces_row_level_security_with_a_policy_for_each_granted_command()
            throws SQLException {
        List<String> tenantScoped = strings("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p')
                  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id'
                              and not a.attisdropped)
                order by 1""");
        List<String> unforced = strings("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p')
                  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id'
                              and not a.attisdropped)
                  and not (c.relrowsecurity and c.relforcerowsecurity)""");
        List<String> unguarded = strings("""
                select c.relname || ' ' || cmd.name
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                cross join unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE']) as cmd(name)
                where n.nspname = 'public' and c.relkind in ('r', 'p')
                  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id'
                              and not a.attisdropped)
                  and case when cmd.name = 'DELETE' then has_table_privilege(current_user, c.oid, cmd.name)
                           else has_any_column_privilege(current_user, c.oid, cmd.name) end
                  and not exists (select 1 from pg_policies p
                                  where p.schemaname = n.nspname and p.tablename = c.relname
                                    and p.permissive = 'PERMISSIVE' and p.cmd in ('ALL', cmd.name)
                                    and (p.roles @> array['public']::name[] or p.roles @> array[current_user]::name[]))
                order by 1""");

        assertThat(tenantScoped).contains("membership", "unit", "audit_entry", "support_log", "support_tally");
        assertThat(unforced).as("tenant-scoped tables without ENABLE and FORCE ROW LEVEL SECURITY").isEmpty();
        assertThat(unguarded).as("commands granted to the application role without a policy").isEmpty();
    }

    @Test
    void the_application_role_holds_no_grant_that_steps_around_row_level_security() throws SQLException {
        assertThat(strings("""
                select c.relname || ' ' || p.name
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                cross join unnest(array['TRUNCATE', 'TRIGGER', 'REFERENCES']) as p(name)
                where n.nspname = 'public' and c.relkind in ('r', 'p')
                  and case when p.name = 'REFERENCES' then has_any_column_privilege(current_user, c.oid, p.name)
                           else has_table_privilege(current_user, c.oid, p.name) end""")
        ).as("TRUNCATE ignores policies; TRIGGER and REFERENCES would run or check on the role's behalf").isEmpty();
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
