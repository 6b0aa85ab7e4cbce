package vn.sohoa.server.tenants;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.CsvImport;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TestClock;

/** A suspended or archived tenant keeps its data for reading and refuses every write; reactivated, it accepts them again. */
@QuarkusTest
class SuspendedTenantTest {

    static final String TENANT = "/api/v1/tenants/{code}";
    static final String NOT_ACTIVE = "urn:sohoa:problem:tenant-not-active";

    String parent;
    String tenant;

    @BeforeEach
    void a_tenant_with_an_admin_a_viewer_and_a_unit() {
        parent = Fixtures.newTenant();
        tenant = Fixtures.newTenant(parent);
        Fixtures.addMember(parent, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(tenant, Api.ADMIN_B, "TENANT_ADMIN");
        Fixtures.addMember(tenant, Api.VIEWER, "VIEWER");
        Fixtures.addUnit(tenant, "AP1");
    }

    /** Every kind of write a tenant admin makes inside the tenant. */
    List<Function<String, ValidatableResponse>> writes() {
        return List.of(
                user -> Api.as(user).body(Fixtures.unit("AP2", "Ấp mới")).post(TENANT + "/units", tenant).then(),
                user -> Api.as(user).body(Map.of("code", "AP1", "name", "Đổi", "type", "HAMLET", "version", 0))
                        .put(TENANT + "/units/AP1", tenant).then(),
                user -> Api.as(user).delete(TENANT + "/units/AP1", tenant).then(),
                user -> Api.as(user).body(Map.of("username", Api.MEMBER, "role", "VIEWER"))
                        .post(TENANT + "/members", tenant).then(),
                user -> Api.as(user).body(Map.of("role", "TEAM_LEADER"))
                        .put(TENANT + "/members/{user}", tenant, Api.VIEWER).then(),
                user -> Api.as(user).delete(TENANT + "/members/{user}", tenant, Api.VIEWER).then(),
                user -> Api.as(user).body(Map.of("displayName", "Xã", "locale", "vi", "enabledFeatures", List.of(),
                        "version", 0)).put(TENANT + "/settings", tenant).then(),
                user -> Api.as(user).body(Map.of("code", tenant + ".C", "name", "Con", "kind", "SCHOOL",
                        "parentCode", tenant)).post("/api/v1/tenants").then(),
                user -> Api.as(user).body(Map.of("name", "Tổ AP1", "unitCode", "AP1")).post(TENANT + "/teams", tenant)
                        .then(),
                user -> Api.as(user).body(Map.of("code", "NONG_SAN", "labelVi", "Nông sản", "labelEn", "Produce"))
                        .post(TENANT + "/support-categories", tenant).then(),
                user -> Api.as(user).body(Map.of("occurredAt", TestClock.suiteNow().minusHours(1).toString(),
                                "unitCode", "AP1", "categoryCode", "VNEID", "channel", "OFFICE", "peopleCount", 1,
                                "outcome", "DONE"))
                        .post(TENANT + "/support-logs", tenant).then());
    }

    @Test
    void a_suspended_tenant_serves_reads_but_refuses_every_write() {
        Api.as(Api.ADMIN_A).body(Map.of("reason", "Chờ sáp nhập")).post(TENANT + "/suspend", tenant)
                .then().statusCode(200);
        for (var write : writes()) {
            for (String user : List.of(Api.ADMIN_B, Api.PROVINCE_ADMIN)) {
                write.apply(user).statusCode(409).contentType("application/problem+json")
                        .body("type", equalTo(NOT_ACTIVE)).body("detail", containsString("suspended"))
                        .body("detail", containsString("Chờ sáp nhập"));
            }
        }
        assertReadsWork();
        Api.as(Api.VIEWER).get(TENANT + "/members", tenant).then().body("items.role", not(hasItem("TEAM_LEADER")))
                .body("total", equalTo(2));
    }

    @Test
    void an_import_adds_nothing_under_a_suspended_or_archived_parent() {
        Api.as(Api.ADMIN_A).body(Map.of("reason", "Chờ sáp nhập")).post(TENANT + "/suspend", tenant)
                .then().statusCode(200);
        String school = tenant + ".S1";
        String csv = CsvImport.HEADER + school + ",Trường Tiểu học Một,SCHOOL," + tenant + "\n";
        CsvImport.as(Api.ADMIN_A, csv).queryParam("dryRun", true).post(CsvImport.PATH).then().statusCode(200)
                .body("valid", equalTo(false)).body("problems[0].line", equalTo(2))
                .body("problems[0].field", equalTo("parentCode"))
                .body("problems[0].message", containsString(tenant + " is suspended"));
        CsvImport.as(Api.PROVINCE_ADMIN, csv).post(CsvImport.PATH).then().statusCode(422);
        Api.as(Api.PROVINCE_ADMIN).get(TENANT, school).then().statusCode(404);

        Api.as(Api.ADMIN_A).post(TENANT + "/archive", tenant).then().statusCode(200);
        CsvImport.as(Api.ADMIN_A, csv).queryParam("dryRun", true).post(CsvImport.PATH).then()
                .body("problems[0].message", containsString(tenant + " is archived"));
    }

    @Test
    void the_audit_trail_of_a_suspended_tenant_stays_readable_to_its_administrators() {
        Api.as(Api.ADMIN_A).body(Map.of("reason", "Chờ sáp nhập")).post(TENANT + "/suspend", tenant)
                .then().statusCode(200);
        for (String admin : List.of(Api.ADMIN_A, Api.ADMIN_B)) {
            Api.as(admin).queryParam("entityType", "Tenant").get(TENANT + "/audit", tenant).then().statusCode(200)
                    .body("items[0].changes.status.after", equalTo("SUSPENDED"));
            Api.as(admin).accept("text/csv").get(TENANT + "/audit/export", tenant).then().statusCode(200)
                    .body(containsString("SUSPENDED"));
        }
        Api.as(Api.VIEWER).get(TENANT + "/audit", tenant).then().statusCode(403);
    }

    @Test
    void a_viewer_is_told_they_may_not_write_rather_than_that_the_tenant_is_suspended() {
        Api.as(Api.ADMIN_A).post(TENANT + "/suspend", tenant).then().statusCode(200);
        Api.as(Api.VIEWER).body(Fixtures.unit("AP2", "Ấp mới")).post(TENANT + "/units", tenant)
                .then().statusCode(403);
    }

    @Test
    void a_reactivated_tenant_accepts_writes_again() {
        Api.as(Api.ADMIN_A).post(TENANT + "/suspend", tenant).then().statusCode(200);
        Api.as(Api.ADMIN_A).body(Map.of("reason", "Đã sáp nhập xong")).post(TENANT + "/reactivate", tenant)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        Api.as(Api.ADMIN_B).body(Fixtures.unit("AP2", "Ấp mới")).post(TENANT + "/units", tenant)
                .then().statusCode(201);
        Api.as(Api.ADMIN_B).body(Map.of("role", "TEAM_LEADER")).put(TENANT + "/members/{user}", tenant, Api.VIEWER)
                .then().statusCode(200);
    }

    @Test
    void an_archived_tenant_is_read_only_and_hidden_from_the_list() {
        Api.as(Api.ADMIN_A).post(TENANT + "/archive", tenant).then().statusCode(200);
        for (var write : writes()) {
            write.apply(Api.ADMIN_B).statusCode(409).body("type", equalTo(NOT_ACTIVE))
                    .body("detail", containsString("archived"));
        }
        assertReadsWork();
        Api.as(Api.ADMIN_A).queryParam("parent", parent).get("/api/v1/tenants").then().body("total", equalTo(0));
    }

    private void assertReadsWork() {
        Api.as(Api.ADMIN_B).get(TENANT, tenant).then().statusCode(200);
        Api.as(Api.ADMIN_B).get(TENANT + "/units", tenant).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].name", equalTo("Ấp AP1"));
        Api.as(Api.VIEWER).get(TENANT + "/units/AP1", tenant).then().statusCode(200);
        Api.as(Api.VIEWER).get(TENANT + "/members", tenant).then().statusCode(200);
        Api.as(Api.VIEWER).get(TENANT + "/settings", tenant).then().statusCode(200).body("version", equalTo(0));
    }
}
