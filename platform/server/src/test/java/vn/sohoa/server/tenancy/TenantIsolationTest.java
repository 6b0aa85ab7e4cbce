package vn.sohoa.server.tenancy;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** A tenant admin of B, with a real token, finds nothing of tenant A and can change nothing there. */
@QuarkusTest
class TenantIsolationTest {

    String tenantA;
    String tenantB;

    @BeforeEach
    void two_tenants_with_an_admin_each() {
        tenantA = Fixtures.newTenant();
        tenantB = Fixtures.newTenant();
        Fixtures.addMember(tenantA, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(tenantB, Api.ADMIN_B, "TENANT_ADMIN");
        Fixtures.addUnit(tenantA, "AP1");
    }

    @Test
    void tenant_b_admin_cannot_read_tenant_a_or_its_units_or_members() {
        String[] paths = {"/api/v1/tenants/{code}", "/api/v1/tenants/{code}/units", "/api/v1/tenants/{code}/units/AP1",
            "/api/v1/tenants/{code}/members"};
        for (String path : paths) {
            Api.as(Api.ADMIN_B).get(path, tenantA).then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo("urn:sohoa:problem:not-found"));
        }
    }

    @Test
    void tenant_b_admin_gets_the_same_404_for_a_tenant_that_does_not_exist() {
        String missing = Api.as(Api.ADMIN_B).get("/api/v1/tenants/NO-SUCH-TENANT").then().statusCode(404)
                .extract().path("type");
        String hidden = Api.as(Api.ADMIN_B).get("/api/v1/tenants/{code}", tenantA).then().statusCode(404)
                .extract().path("type");
        org.assertj.core.api.Assertions.assertThat(hidden).isEqualTo(missing);
    }

    @Test
    void tenant_b_admin_cannot_change_or_delete_tenant_a_units() {
        Api.as(Api.ADMIN_B).body(Map.of("code", "AP1", "name", "Bị đổi", "type", "HAMLET", "version", 0))
                .put("/api/v1/tenants/{code}/units/AP1", tenantA).then().statusCode(404);
        Api.as(Api.ADMIN_B).delete("/api/v1/tenants/{code}/units/AP1", tenantA).then().statusCode(404);
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/units/AP1", tenantA).then().statusCode(200)
                .body("name", equalTo("Ấp AP1"));
    }

    @Test
    void tenant_b_admin_cannot_create_anything_in_tenant_a() {
        Api.as(Api.ADMIN_B).body(Fixtures.unit("AP9", "Ấp lạ")).post("/api/v1/tenants/{code}/units", tenantA)
                .then().statusCode(404);
        Api.as(Api.ADMIN_B).body(Map.of("username", Api.ADMIN_B, "role", "TENANT_ADMIN"))
                .post("/api/v1/tenants/{code}/members", tenantA).then().statusCode(404);
        Api.as(Api.ADMIN_B).body(Map.of("code", tenantA + "-X", "name", "Con lạ", "kind", "SCHOOL", "parentCode", tenantA))
                .post("/api/v1/tenants").then().statusCode(404);
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/units", tenantA).then().statusCode(200)
                .body("total", equalTo(1));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/members", tenantA).then().statusCode(200)
                .body("items.username", not(hasItem(Api.ADMIN_B)));
    }

    @Test
    void tenant_b_admin_cannot_remove_tenant_a_members() {
        Api.as(Api.ADMIN_B).delete("/api/v1/tenants/{code}/members/{user}", tenantA, Api.ADMIN_A).then().statusCode(404);
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/members", tenantA).then().statusCode(200)
                .body("items.username", hasItem(Api.ADMIN_A));
    }

    @Test
    void tenant_b_admin_does_not_see_tenant_a_in_the_tenant_list() {
        Api.as(Api.ADMIN_B).queryParam("size", 500).get("/api/v1/tenants").then().statusCode(200)
                .body("items.code", hasItem(tenantB)).body("items.code", not(hasItem(tenantA)));
        Api.as(Api.ADMIN_B).queryParam("parent", tenantA).get("/api/v1/tenants").then().statusCode(404);
    }
}
