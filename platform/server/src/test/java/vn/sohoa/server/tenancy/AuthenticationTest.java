package vn.sohoa.server.tenancy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.Tokens;

/** Who may call the API at all, and who may write. */
@QuarkusTest
class AuthenticationTest {

    @Test
    void a_request_without_a_token_gets_401_problem() {
        given().get("/api/v1/tenants").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:sohoa:problem:unauthenticated"));
    }

    @Test
    void a_forged_token_gets_401_problem() {
        String forged = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
        given().auth().oauth2(forged).get("/api/v1/tenants").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void a_valid_token_the_realm_issued_to_another_client_gets_401_problem() {
        String adminClientToken = Tokens.ofClient("sohoa-admin", "sohoa-admin-dev-secret");

        given().auth().oauth2(adminClientToken).get("/api/v1/tenants").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sohoa:problem:unauthenticated"));
        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants").then().statusCode(200);
    }

    @Test
    void a_viewer_reads_but_cannot_write() {
        String tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.VIEWER, "VIEWER");
        Fixtures.addUnit(tenant, "AP1");

        Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/units", tenant).then().statusCode(200).body("total", equalTo(1));
        Api.as(Api.VIEWER).body(Fixtures.unit("AP2", "Ấp 2")).post("/api/v1/tenants/{code}/units", tenant)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:sohoa:problem:forbidden"));
        Api.as(Api.VIEWER).delete("/api/v1/tenants/{code}/units/AP1", tenant).then().statusCode(403);
        Api.as(Api.VIEWER).body(Map.of("username", Api.MEMBER, "role", "TENANT_ADMIN"))
                .post("/api/v1/tenants/{code}/members", tenant).then().statusCode(403);
        Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/units", tenant).then().body("total", equalTo(1));
    }

    @Test
    void a_membership_in_a_parent_gives_read_only_monitoring_of_its_children() {
        String parent = Fixtures.newTenant();
        String child = Fixtures.newTenant(parent);
        Fixtures.addMember(parent, Api.MEMBER, "TEAM_MEMBER");

        Api.as(Api.MEMBER).get("/api/v1/tenants/{code}/units", child).then().statusCode(200);
        Api.as(Api.MEMBER).body(Fixtures.unit("AP1", "Ấp 1")).post("/api/v1/tenants/{code}/units", child)
                .then().statusCode(403);
    }

    @Test
    void a_tenant_admin_of_the_parent_administers_the_children() {
        String parent = Fixtures.newTenant();
        String child = Fixtures.newTenant(parent);
        Fixtures.addMember(parent, Api.ADMIN_A, "TENANT_ADMIN");

        Api.as(Api.ADMIN_A).body(Fixtures.unit("AP1", "Ấp 1")).post("/api/v1/tenants/{code}/units", child)
                .then().statusCode(201);
    }

    @Test
    void a_tenant_admin_of_a_child_cannot_administer_the_parent() {
        String parent = Fixtures.newTenant();
        String child = Fixtures.newTenant(parent);
        Fixtures.addMember(child, Api.ADMIN_B, "TENANT_ADMIN");

        Api.as(Api.ADMIN_B).get("/api/v1/tenants/{code}/units", parent).then().statusCode(404);
        Api.as(Api.ADMIN_B).body(Fixtures.unit("AP1", "Ấp 1")).post("/api/v1/tenants/{code}/units", parent)
                .then().statusCode(404);
    }
}
