package vn.sohoa.server.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TenantSql;

/** The audit list counts a long trail only up to a cap, and says so, instead of counting it to its end. */
@QuarkusTest
class AuditTotalTest {

    static final String AUDIT = "/api/v1/tenants/{code}/audit";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_trail_of_more_than_ten_thousand_entries_reports_a_capped_total() throws Exception {
        String tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.ADMIN_A, "TENANT_ADMIN");
        // Each sub-unit written leaves one audit entry, as every write does.
        TenantSql.update(dataSource, tenant, "insert into unit (tenant_id, code, name, type)"
                + " select ?, 'U' || g, 'Ấp ' || g, 'HAMLET' from generate_series(1, 10050) g", tenant);

        Api.as(Api.ADMIN_A).queryParam("size", 20).get(AUDIT, tenant).then().statusCode(200)
                .body("total", equalTo(10_000)).body("totalCapped", equalTo(true)).body("items", hasSize(20));
        Api.as(Api.ADMIN_A).queryParam("entityType", "membership").get(AUDIT, tenant).then().statusCode(200)
                .body("total", equalTo(1)).body("totalCapped", equalTo(false));
    }
}
