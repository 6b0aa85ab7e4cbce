package vn.sohoa.server.indicators;

import io.agroal.api.AgroalDataSource;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.server.support.TenantSql;

/**
 * Team members, enrolments and pilots written as the application role inside one tenant, on days and at times
 * of the test's choosing (the API stamps them with the clock): the known data the automatic values are
 * checked against.
 */
final class KnownRecords {

    private final AgroalDataSource dataSource;
    private final String tenant;

    KnownRecords(AgroalDataSource dataSource, String tenant) {
        this.dataSource = dataSource;
        this.tenant = tenant;
    }

    /** A person in the team from {@code start} until {@code end} (or still), with an account when {@code subject} is set. */
    void member(int team, String subject, String start, String end) throws SQLException {
        TenantSql.update(dataSource, tenant, "insert into team_member (tenant_id, team_id, full_name, role, user_subject, "
                        + "username, start_date, end_date) values (?, ?, 'Trần Văn Bình', 'MEMBER', ?, ?, ?, ?)",
                tenant, team, subject, subject, LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
    }

    /** A course of the tenant; returns its id. */
    long course(String code) throws SQLException {
        return Long.parseLong(TenantSql.strings(dataSource, tenant, "insert into course (tenant_id, code, title, sharing, "
                + "draft) values (?, ?, 'Kỹ năng số cơ bản', 'OWN', '{}') returning id", tenant, code).getFirst());
    }

    /** The account enrolled in the course at {@code enrolledAt}, assigned or not, completed on {@code completedOn} or not. */
    void enrolment(long course, String subject, boolean assigned, String enrolledAt, String completedOn)
            throws SQLException {
        TenantSql.update(dataSource, tenant, "insert into enrolment (tenant_id, course_id, user_subject, username, role, "
                        + "source, assigned, enrolled_at, completed_at, completed_on) values (?, ?, ?, ?, 'TEAM_MEMBER', ?, ?, ?, ?, ?)",
                tenant, course, subject, subject, assigned ? "ASSIGNMENT" : "SELF", assigned,
                OffsetDateTime.parse(enrolledAt), completedOn == null ? null : OffsetDateTime.parse(completedOn + "T16:00:00+07:00"),
                completedOn == null ? null : LocalDate.parse(completedOn));
    }

    /**
     * A pilot that took {@code steps} in order, each {@code "ACTION>STATUS@instant"}, in effect on the instant's day
     * in Vietnam and written down then, or later at {@code "…@instant/written"}; it ended in the last one's status,
     * and {@code recognised} as its evaluation decided. A step written when it took effect is inserted without its
     * day, as a server of the release before 0.5.3 inserts it, and the database gives it the day in Vietnam.
     */
    void pilot(boolean recognised, String... steps) throws SQLException {
        String status = steps[steps.length - 1].split("[>@/]")[1];
        long id = Long.parseLong(TenantSql.strings(dataSource, tenant, "insert into pilot (tenant_id, name, field, "
                        + "start_date, end_date, design, status, decision_number, decision_date, recognised) values "
                        + "(?, 'Chợ 4.0', 'COMMERCE', date '2026-01-01', date '2026-12-31', '{}', ?, '12/QĐ-UBND', "
                        + "date '2026-01-01', ?) returning id", tenant, status, recognised).getFirst());
        String from = "DRAFT";
        for (String step : steps) {
            String[] parts = step.split("[>@/]");
            OffsetDateTime effective = OffsetDateTime.parse(parts[2]);
            boolean later = parts.length > 3;
            TenantSql.update(dataSource, tenant, "insert into pilot_transition (tenant_id, pilot_id, action, "
                            + "from_status, to_status, actor_subject, actor_username, occurred_at, effective_on) "
                            + "values (?, ?, ?, ?, ?, 'test', 'test', ?, cast(? as date))",
                    tenant, id, parts[0], from, parts[1], later ? OffsetDateTime.parse(parts[3]) : effective,
                    later ? VietnamCalendar.dayOf(effective.toInstant()) : null);
            from = parts[1];
        }
    }
}
