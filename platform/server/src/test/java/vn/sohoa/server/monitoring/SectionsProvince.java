package vn.sohoa.server.monitoring;

import io.agroal.api.AgroalDataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.sohoa.platform.certificates.domain.Serial;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TenantSql;
import vn.sohoa.server.support.TestClock;

/**
 * A small province with known training, pilot and report data for the dashboard's sections, on 20/03/2026:
 * <pre>
 * province ── district1 ── commune1   tm1 (done), tm2 (overdue), off1 (done); pilots DRAFT, RUNNING, EVALUATED
 *          │                          (recognised); February form submitted on time and approved (9/10)
 *          │            └─ commune2   tm3 (done); pilot APPROVED — merged into commune3 on 15/03
 *          └─ district2 ── commune3   off2 (not done), tm1 again (not done); a replica of commune1's pilot, its
 *                                     KPI reached; no February form
 * elsewhere ── outside               tm4 (done), a certificate, a RUNNING pilot: never counted
 * </pre>
 * Certificates: tm1 on 05/03 and tm3 on 10/03 (March), off1 on 20/02 (the previous period).
 */
final class SectionsProvince {

    /** 10:00 on 20/03/2026 in Vietnam. */
    static final Instant NOW = Instant.parse("2026-03-20T03:00:00Z");

    private static SectionsProvince built;

    final String province = Fixtures.newTenant();
    final String district1 = tenant(province, "DISTRICT");
    final String district2 = tenant(province, "DISTRICT");
    final String commune1 = Fixtures.newTenant(district1);
    final String commune2 = Fixtures.newTenant(district1);
    final String commune3 = Fixtures.newTenant(district2);
    final String elsewhere = Fixtures.newTenant();
    final String outside = Fixtures.newTenant(elsewhere);
    final String dataSet = "BC-" + UUID.randomUUID().toString().substring(0, 8);
    final String indicator = "DTI-" + UUID.randomUUID().toString().substring(0, 8);
    long source;

    private SectionsProvince() {
    }

    /** The province, built by the first test that asks for it; the clock is left at {@link #NOW}. */
    static synchronized SectionsProvince of(AgroalDataSource dataSource, TestClock clock) throws SQLException {
        if (built == null) {
            SectionsProvince tree = new SectionsProvince();
            tree.fill(dataSource, clock);
            built = tree;
        }
        clock.startAt(NOW);
        return built;
    }

    private void fill(AgroalDataSource dataSource, TestClock clock) throws SQLException {
        Fixtures.addMember(province, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(commune1, Api.ADMIN_B, "TENANT_ADMIN");
        long course = course(dataSource, province);
        long tm1 = enrol(dataSource, commune1, course, "tm1", "TEAM_MEMBER", "2026-12-31", "2026-03-05");
        enrol(dataSource, commune1, course, "tm2", "TEAM_LEADER", "2026-03-01", null);
        long off1 = enrol(dataSource, commune1, course, "off1", "TENANT_ADMIN", "2026-12-31", "2026-02-20");
        TenantSql.update(dataSource, commune1, """
                insert into enrolment (tenant_id, course_id, user_subject, username, role, source, assigned, enrolled_at,
                                       completed_at, completed_on)
                values (?, ?, 'self', 'self', 'VIEWER', 'SELF', false, now(), now(), '2026-03-02')""", commune1, course);
        long tm3 = enrol(dataSource, commune2, course, "tm3", "TEAM_MEMBER", "2026-12-31", "2026-03-10");
        enrol(dataSource, commune3, course, "off2", "VIEWER", "2026-12-31", null);
        enrol(dataSource, commune3, course, "tm1", "TEAM_MEMBER", "2026-12-31", null);
        long tm4 = enrol(dataSource, outside, course, "tm4", "TEAM_MEMBER", "2026-12-31", "2026-03-06");
        certificate(dataSource, province, commune1, tm1, "2026-03-05");
        certificate(dataSource, province, commune1, off1, "2026-02-20");
        certificate(dataSource, province, commune2, tm3, "2026-03-10");
        certificate(dataSource, elsewhere, outside, tm4, "2026-03-06");
        pilot(dataSource, commune1, "DRAFT", "GOVERNMENT", false, null);
        pilot(dataSource, commune1, "RUNNING", "COMMERCE", false, null);
        source = pilot(dataSource, commune1, "EVALUATED", "COMMERCE", true, null);
        pilot(dataSource, commune2, "APPROVED", "EDUCATION", false, null);
        long replica = pilot(dataSource, commune3, "APPROVED", "COMMERCE", false, source);
        TenantSql.update(dataSource, commune3, """
                insert into pilot_measurement (tenant_id, pilot_id, kpi_code, period, value, recorded_by, recorded_at)
                values (?, ?, 'QR', '2026-02', 95, 'test', now())""", commune3, replica);
        pilot(dataSource, outside, "RUNNING", "HEALTH", false, null);
        reports(clock);
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("sourceCodes", List.of(commune2),
                        "target", Map.of("existingCode", commune3), "effectiveDate", "2026-03-15"))
                .post("/api/v1/tenant-merges").then().statusCode(201);
    }

    /** A monthly data set of communes with one DTI-mapped percentage; commune1's February form, on time. */
    private void reports(TestClock clock) {
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("code", indicator, "name", "Hồ sơ trực tuyến toàn trình", "unit", "%",
                        "kind", "PERCENT", "acrossTenants", "RATIO", "acrossPeriods", "SUM", "direction", "UP",
                        "dti", Map.of("pillar", "DIGITAL_GOVERNMENT", "subIndicator", "Dịch vụ công", "points", 40)))
                .post("/api/v1/tenants/{code}/indicators", province).then().statusCode(201);
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("code", dataSet, "name", "Báo cáo tháng", "periodType", "MONTH",
                        "window", "CALENDAR", "indicatorCodes", List.of(indicator), "required", List.of(),
                        "assignedKinds", List.of("COMMUNE"), "dueDays", 5, "public", false))
                .post("/api/v1/tenants/{code}/data-sets", province).then().statusCode(201);
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("value", 80)).put("/api/v1/tenants/{code}/targets/{indicator}/2026",
                province, indicator).then().statusCode(200);
        clock.startAt(Instant.parse("2026-03-03T03:00:00Z"));
        String form = "/api/v1/tenants/{code}/reports/{dataSet}/2026-02";
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("values", List.of(Map.of("indicatorCode", indicator, "numerator", 9,
                "denominator", 10)))).put(form, commune1, dataSet).then().statusCode(200);
        Api.as(Api.PROVINCE_ADMIN).post(form + "/submit", commune1, dataSet).then().statusCode(200);
        Api.as(Api.PROVINCE_ADMIN).post(form + "/approve", commune1, dataSet).then().statusCode(200);
        clock.startAt(NOW);
    }

    private static String tenant(String parent, String kind) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8);
        Api.as(Api.PROVINCE_ADMIN).body(new HashMap<>(Map.of("code", code, "name", "Huyện thử " + code, "kind", kind,
                "parentCode", parent))).post("/api/v1/tenants").then().statusCode(201);
        return code;
    }

    /** A published course of {@code tenant} shared with the tenants below it. */
    static long course(AgroalDataSource dataSource, String tenant) throws SQLException {
        return Long.parseLong(TenantSql.strings(dataSource, tenant, """
                insert into course (tenant_id, code, title, sharing, draft, published_version)
                values (?, 'KNS', 'Kỹ năng số cơ bản', 'DESCENDANTS', '{}'::jsonb, 1) returning id::text""", tenant)
                .getFirst());
    }

    /** An assigned enrolment due on {@code due}, completed on {@code completed} (or not). */
    static long enrol(AgroalDataSource dataSource, String tenant, long course, String subject, String role,
                              String due, String completed) throws SQLException {
        OffsetDateTime at = completed == null ? null : LocalDate.parse(completed).atTime(9, 0).atOffset(ZoneOffset.ofHours(7));
        return Long.parseLong(TenantSql.strings(dataSource, tenant, """
                insert into enrolment (tenant_id, course_id, user_subject, username, role, source, assigned, due_date,
                                       enrolled_at, completed_at, completed_on)
                values (?, ?, ?, ?, ?, 'ASSIGNMENT', true, ?::date, now(), ?, ?::date) returning id::text""",
                tenant, course, subject, subject, role, due, at, completed).getFirst());
    }

    /** A certificate {@code issuer} issued on {@code day} for an enrolment of {@code tenant}; its serial. */
    static String certificate(AgroalDataSource dataSource, String issuer, String tenant, long enrolment, String day)
            throws SQLException {
        String serial = Serial.random().text();
        TenantSql.update(dataSource, issuer, """
                insert into certificate (tenant_id, serial, enrolment_tenant_id, enrolment_id, username, holder_name,
                                         course_code, course_title, course_version, issued_on)
                values (?, ?, ?, ?, 'test', 'Lê Thị Hoa', 'KNS', 'Kỹ năng số cơ bản', 1, ?::date)""",
                issuer, serial, tenant, enrolment, day);
        return serial;
    }

    private static long pilot(AgroalDataSource dataSource, String tenant, String status, String field,
                              boolean recognised, Long source) throws SQLException {
        return Long.parseLong(TenantSql.strings(dataSource, tenant, """
                insert into pilot (tenant_id, name, field, start_date, end_date, design, status, decision_number,
                                   recognised, source_pilot_id)
                values (?, 'Chợ 4.0', ?, '2026-01-01', '2026-12-31',
                        '{"kpis": [{"code": "QR", "direction": "UP", "target": 90}]}'::jsonb, ?, ?, ?, ?)
                returning id::text""",
                tenant, field, status, status.equals("DRAFT") ? null : "12/QĐ-UBND", recognised, source).getFirst());
    }

    /** People with assigned courses and those who completed every one, per tenant and person, counted from enrolments. */
    static long[] trained(AgroalDataSource dataSource, List<String> tenants, String roles) throws SQLException {
        long[] sums = new long[2];
        for (String tenant : tenants) {
            String[] row = TenantSql.strings(dataSource, tenant, """
                    select count(*) filter (where a > 0) || ' ' || count(*) filter (where a > 0 and c = a) from (
                        select user_subject, count(*) filter (where assigned) a,
                               count(*) filter (where assigned and completed_at is not null) c
                        from enrolment where role = any (string_to_array(?, ',')) group by user_subject) p""",
                    roles).getFirst().split(" ");
            sums[0] += Long.parseLong(row[0]);
            sums[1] += Long.parseLong(row[1]);
        }
        return sums;
    }

    /** Certificates issued to learners of these tenants from {@code from} to {@code to} and not revoked, counted from the rows. */
    static long certificates(AgroalDataSource dataSource, String issuer, List<String> tenants, String from, String to)
            throws SQLException {
        return Long.parseLong(TenantSql.strings(dataSource, issuer, """
                select count(*) from certificate where enrolment_tenant_id = any (string_to_array(?, ','))
                and issued_on between ?::date and ?::date and status = 'VALID'""", String.join(",", tenants), from, to).getFirst());
    }

    /** Pilots of these tenants, and those past their draft, counted from the rows. */
    static long[] pilots(AgroalDataSource dataSource, List<String> tenants) throws SQLException {
        long[] sums = new long[2];
        for (String tenant : tenants) {
            String[] row = TenantSql.strings(dataSource, tenant,
                    "select count(*) || ' ' || count(*) filter (where status <> 'DRAFT') from pilot").getFirst().split(" ");
            sums[0] += Long.parseLong(row[0]);
            sums[1] += Long.parseLong(row[1]);
        }
        return sums;
    }
}
