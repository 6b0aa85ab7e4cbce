package vn.sohoa.server.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TenantSql;
import vn.sohoa.server.support.TestClock;

/**
 * The support roll-up of a tenant after communes were merged, one of them from another district: every
 * record written before and after the merge counts exactly once, wherever it was written. The application's
 * clock is set to a fixed day, so that "yesterday" is the same day for the test and the server.
 */
@QuarkusTest
class SupportRollupTest {

    @Inject
    AgroalDataSource dataSource;

    static final String ROLLUP = "/api/v1/tenants/{code}/support-rollup";

    /** A day before the 10th, and the last day of a month late in the evening, both in Vietnam. */
    static final String EARLY_IN_A_MONTH = "2026-12-02T10:00:00+07:00";
    static final String END_OF_A_MONTH = "2026-11-30T23:50:00+07:00";

    @Inject
    TestClock clock;

    String district;
    String first;
    String second;
    String elsewhere;
    String elsewhereDistrict;
    String successor;

    /**
     * Three communes merged into one, on the day of {@code now} in Vietnam; every record was helped the day
     * before at nine in the morning.
     */
    void three_communes_with_records_merged_into_one(String now) {
        clock.startAt(OffsetDateTime.parse(now).toInstant());
        OffsetDateTime yesterday = VietnamCalendar.today(clock).minusDays(1).atTime(9, 0)
                .atZone(VietnamCalendar.ZONE).toOffsetDateTime();
        district = Fixtures.newTenant();
        first = Fixtures.newTenant(district);
        second = Fixtures.newTenant(district);
        elsewhereDistrict = Fixtures.newTenant();
        elsewhere = Fixtures.newTenant(elsewhereDistrict);
        successor = "M" + UUID.randomUUID().toString().substring(0, 8);
        Fixtures.addMember(district, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(first, Api.ADMIN_B, "TENANT_ADMIN");
        for (String commune : List.of(first, second, elsewhere)) {
            Fixtures.addUnit(commune, "AP1");
            Fixtures.logSupport(commune, "AP1", "VNEID", yesterday);
        }
        Fixtures.logSupport(first, "AP1", "CASHLESS", yesterday);
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("sourceCodes", List.of(first, second, elsewhere),
                        "target", Map.of("code", successor, "name", "Xã Hợp Nhất", "kind", "COMMUNE", "parentCode", district),
                        "effectiveDate", "2025-07-01"))
                .post("/api/v1/tenant-merges").then().statusCode(201);
        Fixtures.logSupport(successor, "AP1", "VNEID", yesterday);
    }

    @AfterEach
    void the_clock_runs_on_the_systems_time_again() {
        clock.reset();
    }

    @Test
    void the_successor_counts_its_own_records_and_its_predecessors_once() {
        three_communes_with_records_merged_into_one(EARLY_IN_A_MONTH);
        Api.as(Api.ADMIN_A).get(ROLLUP, successor).then().statusCode(200)
                .body("tenants", equalTo(4)).body("records", equalTo(5))
                .body("byCategory.categoryCode", contains("VNEID", "CASHLESS"))
                .body("byCategory.records", contains(4, 1));
    }

    @Test
    void the_district_counts_a_merged_commune_below_it_once_and_one_merged_in_from_elsewhere() {
        three_communes_with_records_merged_into_one(EARLY_IN_A_MONTH);
        Api.as(Api.ADMIN_A).get(ROLLUP, district).then().statusCode(200)
                .body("tenants", equalTo(5)).body("records", equalTo(5));
        Api.as(Api.ADMIN_A).get(ROLLUP, first).then().statusCode(200)
                .body("tenants", equalTo(1)).body("records", equalTo(2));
    }

    @Test
    void the_old_district_of_a_commune_merged_elsewhere_no_longer_counts_it() {
        three_communes_with_records_merged_into_one(EARLY_IN_A_MONTH);
        Api.as(Api.PROVINCE_ADMIN).get(ROLLUP, elsewhereDistrict).then().statusCode(200)
                .body("tenants", equalTo(1)).body("records", equalTo(0));
        Api.as(Api.PROVINCE_ADMIN).get(ROLLUP, elsewhere).then().statusCode(200)
                .body("tenants", equalTo(1)).body("records", equalTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {EARLY_IN_A_MONTH, END_OF_A_MONTH})
    void the_days_asked_for_bound_the_count(String now) {
        three_communes_with_records_merged_into_one(now);
        LocalDate yesterday = VietnamCalendar.today(clock).minusDays(1);
        Api.as(Api.ADMIN_A).queryParam("from", yesterday.toString()).queryParam("to", yesterday.toString())
                .get(ROLLUP, successor).then().statusCode(200).body("records", equalTo(5));
        Api.as(Api.ADMIN_A).queryParam("to", yesterday.minusDays(1).toString())
                .get(ROLLUP, successor).then().statusCode(200).body("records", equalTo(0))
                .body("byCategory.size()", equalTo(0));
    }

    @Test
    void a_person_of_one_predecessor_cannot_read_the_roll_up_of_the_successor() {
        three_communes_with_records_merged_into_one(EARLY_IN_A_MONTH);
        Api.as(Api.ADMIN_B).get(ROLLUP, successor).then().statusCode(404);
        Api.as(Api.ADMIN_B).get(ROLLUP, district).then().statusCode(404);
        Api.as(Api.ADMIN_B).get(ROLLUP, first).then().statusCode(200).body("records", equalTo(2));
        Api.as(Api.ADMIN_A).get(ROLLUP, "NO-SUCH").then().statusCode(404);
    }

    @Test
    void the_database_answers_a_roll_up_only_for_the_tenant_the_connection_has_entered() throws Exception {
        three_communes_with_records_merged_into_one(EARLY_IN_A_MONTH);
        assertThat(TenantSql.strings(dataSource, successor,
                "select sum(records) from support_rollup(?, null, null)", successor)).containsExactly("5");
        assertThatThrownBy(() -> TenantSql.strings(dataSource, first,
                "select sum(records) from support_rollup(?, null, null)", district))
                .isInstanceOf(SQLException.class).hasMessageContaining("only the tenant the transaction has entered");
    }

    @Test
    void days_that_are_not_dates_or_run_backwards_are_refused() {
        three_communes_with_records_merged_into_one(EARLY_IN_A_MONTH);
        Api.as(Api.ADMIN_A).queryParam("from", "2025-13-01").queryParam("to", "hôm qua").get(ROLLUP, successor)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("from", "to"));
        Api.as(Api.ADMIN_A).queryParam("from", "2025-07-02").queryParam("to", "2025-07-01").get(ROLLUP, successor)
                .then().statusCode(400).body("errors.field", hasItem("to"));
    }
}
