package vn.sohoa.server.audit;

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
 * No table can be forgotten: every table of the schema carries an audit trigger for inserts, updates
 * and deletes, except the audit itself, Liquibase's bookkeeping, the support tally, which the database
 * derives from the audited support log and the application cannot write, the idempotency keys, which
 * only remember the answer to a request whose creation is audited itself, and the chunks of a stored file,
 * whose storing and deletion the audited {@code stored_file} records (a trail never holds a file's content), and the training
 * tallies, derived like the support tally from the audited enrolments, and the approved values, which the
 * database copies from the audited report forms as they are approved, and the dashboard's week, span and team
 * tallies, derived from the audited support log and team members, and its audience and certificate tallies,
 * derived from the audited enrolments and certificates, and the indicator totals, derived from the approved values.
 * A table whose bulk inserts are many (enrolments) may audit its inserts with the statement-level
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
        try (Connection connection = dataSource.getConnection(); ResultSet tables = connection.createStatement().executeQuery("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p')
                  and c.relname not in ('audit_entry', 'databasechangelog', 'databasechangeloglock', 'support_tally',
                                        'idempotency_key', 'stored_file_chunk', 'training_tally',
                                        'training_member_tally', 'training_people_tally', 'approved_value',
                                        'support_week_tally', 'team_tally', 'support_span_tally',
                                        'training_audience_person_tally', 'training_audience_tally',
                                        'certificate_tally', 'indicator_tally')
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
            while (tables.next()) {
                unaudited.add(tables.getString(1));
            }
        }
        assertThat(unaudited).as("tables without an audit trigger").isEmpty();
    }
}
