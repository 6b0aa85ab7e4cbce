package vn.sohoa.server.monitoring;

import io.agroal.api.AgroalDataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TenantSql;

/**
 * A small province with known data, built once for the monitoring tests on 20/03/2026 (Vietnam):
 * <pre>
 * province ── district1 ── commune1   hamlets AP1 (team, in it since 01/01), AP2; records 01/03, 05/03, 06/03, 10/02
 *          │            └─ commune2   hamlet AP1 (team); records 02/03, 15/02 — merged into commune3 on 15/03
 *          └─ district2 ── commune3   hamlets AP1 (team, its member left on 01/03), AP2, and commune2's copied AP1;
 *                                     records 18/03
 * elsewhere ── outside               hamlet AP1 (team); records 05/03 (another province: never counted)
 * </pre>
 * A deleted record (commune1, 06/03) and one in April (commune1) are not counted in March.
 */
final class SmallProvince {

    /** 10:00 on 20/03/2026 in Vietnam. */
    static final Instant NOW = Instant.parse("2026-03-20T03:00:00Z");

    private static SmallProvince built;

    final String province = Fixtures.newTenant();
    final String district1 = Fixtures.newTenant(province);
    final String district2 = Fixtures.newTenant(province);
    final String commune1 = Fixtures.newTenant(district1);
    final String commune2 = Fixtures.newTenant(district1);
    final String commune3 = Fixtures.newTenant(district2);
    final String elsewhere = Fixtures.newTenant();
    final String outside = Fixtures.newTenant(elsewhere);

    private SmallProvince() {
    }

    /** The province, built by the first test that asks for it (with the clock at {@link #NOW}). */
    static synchronized SmallProvince of(AgroalDataSource dataSource) throws SQLException {
        if (built == null) {
            SmallProvince tree = new SmallProvince();
            tree.fill(dataSource);
            built = tree;
        }
        return built;
    }

    private void fill(AgroalDataSource dataSource) throws SQLException {
        Fixtures.addMember(province, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(commune1, Api.ADMIN_B, "TENANT_ADMIN");
        for (String commune : List.of(commune1, commune2, commune3, outside)) {
            Fixtures.addUnit(commune, "AP1");
        }
        Fixtures.addUnit(commune1, "AP2");
        Fixtures.addUnit(commune3, "AP2");
        member(commune1, "2026-01-01", null);
        member(commune2, "2026-01-01", null);
        member(commune3, "2026-01-01", "2026-03-01");
        member(outside, "2026-01-01", null);
        record(dataSource, commune1, "2026-03-01", "VNEID", 1, false);
        record(dataSource, commune1, "2026-03-05", "VNEID", 3, false);
        record(dataSource, commune1, "2026-03-06", "CASHLESS", 1, false);
        record(dataSource, commune1, "2026-03-06", "CASHLESS", 4, true);
        record(dataSource, commune1, "2026-02-10", "VNEID", 2, false);
        record(dataSource, commune1, "2026-04-01", "VNEID", 1, false);
        record(dataSource, commune2, "2026-03-02", "VNEID", 1, false);
        record(dataSource, commune2, "2026-02-15", "OTHER", 1, false);
        record(dataSource, commune3, "2026-03-18", "DVC_ONLINE", 5, false);
        record(dataSource, outside, "2026-03-05", "VNEID", 7, false);
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("sourceCodes", List.of(commune2),
                        "target", Map.of("existingCode", commune3), "effectiveDate", "2026-03-15"))
                .post("/api/v1/tenant-merges").then().statusCode(201);
    }

    /** A team in the tenant's AP1 with one volunteer in it from {@code start} until {@code end} (or still). */
    static void member(String tenant, String start, String end) {
        int team = Fixtures.addTeam(tenant, "AP1");
        var body = new java.util.HashMap<String, Object>(Map.of("fullName", "Lê Thị Hoa", "role", "MEMBER",
                "startDate", start));
        if (end != null) {
            body.put("endDate", end);
        }
        Api.as(Api.PROVINCE_ADMIN).body(body).post("/api/v1/tenants/{code}/teams/{id}/members", tenant, team)
                .then().statusCode(201);
    }

    /** A record of {@code people} helped in AP1 at 09:00 on {@code day} in Vietnam, written as the application would. */
    static void record(AgroalDataSource dataSource, String tenant, String day, String category, int people,
                       boolean deleted) throws SQLException {
        OffsetDateTime at = LocalDate.parse(day).atTime(9, 0).atOffset(ZoneOffset.ofHours(7));
        TenantSql.update(dataSource, tenant, """
                insert into support_log (tenant_id, occurred_at, unit_code, category_code, channel, people_count, outcome,
                                         author_subject, author_username, deleted_at, deleted_by, deleted_reason)
                values (?, ?, 'AP1', ?, 'OFFICE', ?, 'DONE', 'test', 'test', ?, ?, ?)""",
                tenant, at, category, people, deleted ? at : null, deleted ? "test" : null, deleted ? "nhập nhầm" : null);
    }

    /** Live records and people helped in these tenants from {@code from} to {@code to}, counted from the records. */
    static long[] counted(AgroalDataSource dataSource, List<String> tenants, String from, String to) throws SQLException {
        long[] sums = new long[2];
        for (String tenant : tenants) {
            List<String> row = new ArrayList<>(TenantSql.strings(dataSource, tenant, """
                    select count(*) || ' ' || coalesce(sum(people_count), 0) from support_log
                    where deleted_at is null and (occurred_at at time zone 'Asia/Ho_Chi_Minh')::date between ?::date and ?::date""",
                    from, to));
            String[] parts = row.getFirst().split(" ");
            sums[0] += Long.parseLong(parts[0]);
            sums[1] += Long.parseLong(parts[1]);
        }
        return sums;
    }

    /**
     * Hamlets, those with a team someone is in on {@code day}, such teams and their people in these tenants,
     * counted from the sub-units and team members.
     */
    static long[] coverage(AgroalDataSource dataSource, List<String> tenants, String day) throws SQLException {
        long[] sums = new long[4];
        String active = "m.start_date <= ?::date and (m.end_date is null or m.end_date > ?::date)";
        for (String tenant : tenants) {
            String row = TenantSql.strings(dataSource, tenant, "select (select count(*) from unit u where u.type in ('HAMLET', 'RESIDENTIAL_GROUP'))"
                    + " || ' ' || (select count(*) from unit u where u.type in ('HAMLET', 'RESIDENTIAL_GROUP') and exists ("
                    + "   select 1 from team t join team_member m on m.team_id = t.id where t.unit_code = u.code and " + active + "))"
                    + " || ' ' || (select count(distinct t.id) from team t join team_member m on m.team_id = t.id where " + active + ")"
                    + " || ' ' || (select count(*) from team_member m where " + active + ")",
                    day, day, day, day, day, day).getFirst();
            String[] parts = row.split(" ");
            for (int i = 0; i < 4; i++) {
                sums[i] += Long.parseLong(parts[i]);
            }
        }
        return sums;
    }
}
