package vn.sohoa.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.NameFile;

/**
 * No table can be forgotten: every table of the schema carries an audit trigger for inserts, updates
 * and deletes, except those listed, each with why, in {@code walls/unaudited-tables.txt}: the audit itself,
 * Liquibase's bookkeeping, and tables the database derives from audited ones or that hold nothing a trail
 * should. A table whose bulk inserts are many (enrolments) may audit its inserts with the statement-level
 * {@code audit_tenant_scoped_rows} (the same entries, one statement) beside a row-level trigger for its updates
 * and deletes.
 */
@QuarkusTest
class AuditCoverageTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void every_table_but_the_audit_itself_is_audited() throws SQLException {
        List<String> unaudited = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p')
                  and c.relname <> all (?)
                  and not exists (select 1 from pg_trigger t join pg_proc p on p.oid = t.tgfoid
                                  where t.tgrelid = c.oid and not t.tgisinternal
                                    and p.proname in ('audit_tenant_scoped_row', 'audit_tenant_row', 'audit_restructuring_row',
                                                      'audit_team_member_row', 'audit_training_skill_row')
                                    and t.tgtype & 29 = 29)
                  and not (exists (select 1 from pg_trigger t join pg_proc p on p.oid = t.tgfoid
                                   where t.tgrelid = c.oid and not t.tgisinternal
                                     and p.proname = 'audit_tenant_scoped_row' and t.tgtype & 25 = 25)
                           and exists (select 1 from pg_trigger t join pg_proc p on p.oid = t.tgfoid
                                       where t.tgrelid = c.oid and not t.tgisinternal
                                         and p.proname = 'audit_tenant_scoped_rows' and t.tgtype & 5 = 4))""")) {
            query.setArray(1, connection.createArrayOf("varchar",
                    NameFile.read("/walls/unaudited-tables.txt").toArray()));
            try (ResultSet tables = query.executeQuery()) {
                while (tables.next()) {
                    unaudited.add(tables.getString(1));
                }
            }
        }
        assertThat(unaudited).as("tables without an audit trigger").isEmpty();
    }
}
