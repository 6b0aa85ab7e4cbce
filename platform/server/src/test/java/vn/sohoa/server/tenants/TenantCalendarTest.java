package vn.sohoa.server.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.CsvImport;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TenantSql;
import vn.sohoa.server.support.TestClock;

/** A tenant's validity runs by Vietnam's calendar, whatever the zone of the server or of the database. */
@QuarkusTest
class TenantCalendarTest {

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void half_past_midnight_on_the_2nd_of_december_in_vietnam_still_the_1st_in_utc() {
        clock.startAt(Instant.parse("2026-12-01T17:30:00Z"));
    }

    @AfterEach
    void the_clock_runs_on_the_systems_time_again() {
        clock.reset();
    }

    @Test
    void a_tenant_created_and_archived_just_after_midnight_in_vietnam_is_valid_from_and_to_that_day() throws SQLException {
        String tenant = Fixtures.newTenant();
        assertThat(validity(tenant)).containsExactly("2026-12-02");

        Api.as(Api.PROVINCE_ADMIN).body(Map.of("reason", "Giải thể")).post("/api/v1/tenants/{code}/archive", tenant)
                .then().statusCode(200);
        assertThat(validity(tenant)).containsExactly("2026-12-02 2026-12-02");
    }

    @Test
    void tenants_imported_in_a_batch_are_valid_from_the_day_in_vietnam() throws SQLException {
        String province = Fixtures.newTenant();
        String code = CsvImport.prefix();
        CsvImport.as(Api.PROVINCE_ADMIN, CsvImport.HEADER + code + ",Xã nhập " + code + ",COMMUNE," + province + "\n")
                .post(CsvImport.PATH).then().statusCode(201);

        assertThat(validity(code)).containsExactly("2026-12-02");
    }

    private List<String> validity(String tenant) throws SQLException {
        return TenantSql.strings(dataSource, tenant,
                "select concat_ws(' ', valid_from, valid_to) from tenant where code = ?", tenant);
    }
}
