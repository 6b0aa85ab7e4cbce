package vn.sohoa.server.supportlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.sohoa.server.supportlog.SupportLogs.LOG;
import static vn.sohoa.server.supportlog.SupportLogs.LOGS;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/**
 * A member of tenant B can neither read, export, log into, import into, correct nor delete the support log of
 * tenant A.
 */
@QuarkusTest
class SupportLogIsolationTest {

    String tenantA;
    String tenantB;
    int recordOfA;

    @BeforeEach
    void two_communes_each_with_a_team_leader_and_one_record_in_a() {
        tenantA = Fixtures.newTenant();
        tenantB = Fixtures.newTenant();
        Fixtures.addMember(tenantA, Api.ADMIN_A, "TEAM_LEADER");
        Fixtures.addMember(tenantB, Api.ADMIN_B, "TEAM_LEADER");
        Fixtures.addUnit(tenantA, "AP1");
        Fixtures.addUnit(tenantB, "AP1");
        recordOfA = SupportLogs.log(Api.ADMIN_A, tenantA, SupportLogs.record());
    }

    @Test
    void tenant_b_cannot_read_tenant_a_support_logs() {
        Api.as(Api.ADMIN_B).get(LOGS, tenantA).then().statusCode(404).contentType("application/problem+json");
        Api.as(Api.ADMIN_B).get(LOG, tenantA, recordOfA).then().statusCode(404);
        Api.as(Api.ADMIN_B).get(LOG, tenantB, recordOfA).then().statusCode(404);
        Api.as(Api.ADMIN_B).get(LOGS, tenantB).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void tenant_b_cannot_log_into_tenant_a() {
        Api.as(Api.ADMIN_B).body(SupportLogs.record()).post(LOGS, tenantA).then().statusCode(404);
        assertThat(SupportLogs.total(tenantA)).isEqualTo(1);
    }

    @Test
    void tenant_b_cannot_export_tenant_a_support_logs() {
        for (String format : List.of("csv", "xlsx")) {
            Api.as(Api.ADMIN_B).accept("*/*").queryParam("format", format).get(SupportLogFiles.EXPORT, tenantA)
                    .then().statusCode(404).contentType("application/problem+json");
        }
        String own = Api.as(Api.ADMIN_B).accept("text/csv").get(SupportLogFiles.EXPORT, tenantB).then()
                .statusCode(200).extract().asString();
        assertThat(own.lines()).hasSize(1);
    }

    @Test
    void tenant_b_cannot_import_into_tenant_a() {
        String file = SupportLogFiles.HEADER + SupportLogFiles.line("AP1", 1);
        SupportLogFiles.csv(Api.ADMIN_B, file).queryParam("dryRun", true).post(SupportLogFiles.IMPORT, tenantA)
                .then().statusCode(404).contentType("application/problem+json");
        SupportLogFiles.csv(Api.ADMIN_B, file).post(SupportLogFiles.IMPORT, tenantA).then().statusCode(404);
        assertThat(SupportLogs.total(tenantA)).isEqualTo(1);
    }

    @Test
    void tenant_b_cannot_correct_or_delete_a_record_of_tenant_a() {
        var correction = SupportLogs.record();
        correction.put("peopleCount", 40);
        correction.remove("ageBand");
        correction.remove("gender");
        correction.put("version", 0);
        Api.as(Api.ADMIN_B).body(correction).put(LOG, tenantA, recordOfA).then().statusCode(404);
        Api.as(Api.ADMIN_B).body(correction).put(LOG, tenantB, recordOfA).then().statusCode(404);
        Api.as(Api.ADMIN_B).body(Map.of("reason", "Xoá")).delete(LOG, tenantA, recordOfA).then().statusCode(404);
        Api.as(Api.ADMIN_B).body(Map.of("reason", "Xoá")).delete(LOG, tenantB, recordOfA).then().statusCode(404);
        assertThat(SupportLogs.stored(tenantA, recordOfA)).containsEntry("peopleCount", 1).containsEntry("version", 0);
    }

    @Test
    void tenant_b_cannot_name_a_team_member_or_category_of_tenant_a() {
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("code", "NONG_SAN", "labelVi", "Nông sản", "labelEn", "Produce"))
                .post("/api/v1/tenants/{code}/support-categories", tenantA).then().statusCode(201);
        int team = Api.as(Api.PROVINCE_ADMIN).body(Map.of("name", "Tổ AP1", "unitCode", "AP1"))
                .post("/api/v1/tenants/{code}/teams", tenantA).then().statusCode(201).extract().path("id");
        var body = SupportLogs.record();
        body.put("teamId", team);
        body.put("categoryCode", "NONG_SAN");
        Api.as(Api.ADMIN_B).body(body).post(LOGS, tenantB).then().statusCode(400)
                .body("errors.field", hasItem("teamId")).body("errors.field", hasItem("categoryCode"));
        assertThat(SupportLogs.total(tenantB)).isZero();
    }
}
