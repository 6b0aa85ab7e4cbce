package vn.sohoa.server.members;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** A tenant admin links people of the identity provider to the tenant. */
@QuarkusTest
class MembersTest {

    String tenant;

    @BeforeEach
    void a_tenant_with_an_admin() {
        tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.ADMIN_A, "TENANT_ADMIN");
    }

    @Test
    void a_tenant_admin_adds_a_member_who_can_then_read_the_tenant() {
        Api.as(Api.MEMBER).get("/api/v1/tenants/{code}/units", tenant).then().statusCode(404);
        Api.as(Api.ADMIN_A).body(Map.of("username", Api.MEMBER, "role", "TEAM_MEMBER"))
                .post("/api/v1/tenants/{code}/members", tenant)
                .then().statusCode(201).body("username", equalTo(Api.MEMBER));
        Api.as(Api.MEMBER).get("/api/v1/tenants/{code}/units", tenant).then().statusCode(200);
        Api.as(Api.MEMBER).get("/api/v1/tenants/{code}/members", tenant).then().statusCode(200)
                .body("total", equalTo(2)).body("items.username", contains(Api.ADMIN_A, Api.MEMBER));
    }

    @Test
    void a_removed_member_loses_access() {
        Fixtures.addMember(tenant, Api.MEMBER, "VIEWER");
        Api.as(Api.ADMIN_A).delete("/api/v1/tenants/{code}/members/{user}", tenant, Api.MEMBER).then().statusCode(204);
        Api.as(Api.MEMBER).get("/api/v1/tenants/{code}/units", tenant).then().statusCode(404);
        Api.as(Api.ADMIN_A).delete("/api/v1/tenants/{code}/members/{user}", tenant, Api.MEMBER).then().statusCode(404);
    }

    @Test
    void a_person_unknown_to_the_identity_provider_cannot_be_added() {
        Api.as(Api.ADMIN_A).body(Map.of("username", "nobody.here", "role", "VIEWER"))
                .post("/api/v1/tenants/{code}/members", tenant)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("username"));
    }

    @Test
    void a_person_is_added_only_once() {
        Api.as(Api.ADMIN_A).body(Map.of("username", Api.ADMIN_A, "role", "VIEWER"))
                .post("/api/v1/tenants/{code}/members", tenant).then().statusCode(409);
    }

    @Test
    void bad_member_requests_are_rejected_and_nothing_is_added() {
        String[] bodies = {"{\"username\": \"dung.pham\", \"role\": \"OWNER\"}", "{\"username\": \"dung.pham\"}",
            "{\"role\": \"VIEWER\"}", "{\"username\": \"\", \"role\": \"VIEWER\"}", "{\"username\": "};
        for (String body : bodies) {
            Api.as(Api.ADMIN_A).body(body).post("/api/v1/tenants/{code}/members", tenant).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/members", tenant).then().body("total", equalTo(1));
    }
}
