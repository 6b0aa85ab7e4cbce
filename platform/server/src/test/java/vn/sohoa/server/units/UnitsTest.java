package vn.sohoa.server.units;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** A tenant admin keeps the tenant's sub-units; members read them. */
@QuarkusTest
class UnitsTest {

    String tenant;

    @BeforeEach
    void a_tenant_with_an_admin_and_a_viewer() {
        tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(tenant, Api.VIEWER, "VIEWER");
    }

    @Test
    void a_tenant_admin_creates_a_unit_and_members_read_it() {
        Api.as(Api.ADMIN_A).body(Map.of("code", "AP1", "name", "Ấp Thạnh Lợi", "type", "HAMLET", "households", 512,
                        "population", 1987))
                .post("/api/v1/tenants/{code}/units", tenant)
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/tenants/" + tenant + "/units/AP1"))
                .body("version", equalTo(0));

        Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/units/AP1", tenant).then().statusCode(200)
                .body("name", equalTo("Ấp Thạnh Lợi")).body("households", equalTo(512))
                .body("population", equalTo(1987)).body("type", equalTo("HAMLET"));
    }

    @Test
    void a_duplicate_unit_code_is_a_conflict() {
        Fixtures.addUnit(tenant, "AP1");
        Api.as(Api.ADMIN_A).body(Fixtures.unit("AP1", "Ấp khác")).post("/api/v1/tenants/{code}/units", tenant)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void an_update_with_the_current_version_applies_and_a_stale_one_is_a_conflict() {
        Fixtures.addUnit(tenant, "AP1");
        Map<String, Object> update = new HashMap<>(Fixtures.unit("AP1", "Ấp Một"));
        update.put("version", 0);
        Api.as(Api.ADMIN_A).body(update).put("/api/v1/tenants/{code}/units/AP1", tenant)
                .then().statusCode(200).body("name", equalTo("Ấp Một")).body("version", equalTo(1));

        update.put("name", "Ấp cũ ghi đè");
        Api.as(Api.ADMIN_A).body(update).put("/api/v1/tenants/{code}/units/AP1", tenant)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:sohoa:problem:stale-version"));
        Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/units/AP1", tenant).then().body("name", equalTo("Ấp Một"));
    }

    @Test
    void a_deleted_unit_is_gone() {
        Fixtures.addUnit(tenant, "AP1");
        Api.as(Api.ADMIN_A).delete("/api/v1/tenants/{code}/units/AP1", tenant).then().statusCode(204);
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/units/AP1", tenant).then().statusCode(404);
        Api.as(Api.ADMIN_A).delete("/api/v1/tenants/{code}/units/AP1", tenant).then().statusCode(404);
    }

    @Test
    void units_are_listed_by_code_in_pages_and_can_be_searched() {
        for (String code : new String[] {"AP3", "AP1", "KV2", "AP2"}) {
            Fixtures.addUnit(tenant, code);
        }
        Api.as(Api.VIEWER).queryParam("page", 0).queryParam("size", 3).get("/api/v1/tenants/{code}/units", tenant)
                .then().statusCode(200).body("total", equalTo(4)).body("page", equalTo(0)).body("size", equalTo(3))
                .body("items.code", contains("AP1", "AP2", "AP3"));
        Api.as(Api.VIEWER).queryParam("page", 1).queryParam("size", 3).get("/api/v1/tenants/{code}/units", tenant)
                .then().body("items.code", contains("KV2"));
        Api.as(Api.VIEWER).queryParam("q", "kv").get("/api/v1/tenants/{code}/units", tenant)
                .then().body("total", equalTo(1)).body("items.code", contains("KV2"));
    }
}
