package vn.sohoa.server.tenants;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** Creating tenants and seeing the ones one may see. */
@QuarkusTest
class TenantsTest {

    @Test
    void a_province_admin_creates_a_top_level_tenant() {
        String code = "P" + UUID.randomUUID().toString().substring(0, 8);
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("code", code, "name", "Tỉnh Hậu Giang", "kind", "PROVINCE"))
                .post("/api/v1/tenants")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/api/v1/tenants/" + code))
                .body("code", equalTo(code)).body("status", equalTo("ACTIVE"));
        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}", code).then().statusCode(200)
                .body("name", equalTo("Tỉnh Hậu Giang")).body("kind", equalTo("PROVINCE"));
    }

    @Test
    void a_duplicate_code_is_a_conflict() {
        String code = Fixtures.newTenant();
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("code", code, "name", "Trùng", "kind", "OTHER")).post("/api/v1/tenants")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void a_tenant_admin_creates_children_of_their_tenant_only() {
        String parent = Fixtures.newTenant();
        String sibling = Fixtures.newTenant();
        Fixtures.addMember(parent, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(sibling, Api.VIEWER, "VIEWER");

        Api.as(Api.ADMIN_A).body(Map.of("code", parent + ".S1", "name", "Trường Tiểu học Vị Tân", "kind", "SCHOOL",
                "parentCode", parent)).post("/api/v1/tenants").then().statusCode(201);
        Api.as(Api.ADMIN_A).body(Map.of("code", parent + ".S2", "name", "Lạc chỗ", "kind", "SCHOOL",
                "parentCode", sibling)).post("/api/v1/tenants").then().statusCode(404);
        Api.as(Api.ADMIN_A).body(Map.of("code", parent + ".S3", "name", "Không cha", "kind", "PROVINCE"))
                .post("/api/v1/tenants").then().statusCode(403);
    }

    @Test
    void a_viewer_of_the_parent_cannot_create_children() {
        String parent = Fixtures.newTenant();
        Fixtures.addMember(parent, Api.VIEWER, "VIEWER");
        Api.as(Api.VIEWER).body(Map.of("code", parent + ".X", "name", "Con", "kind", "SCHOOL", "parentCode", parent))
                .post("/api/v1/tenants").then().statusCode(403);
    }

    @Test
    void a_member_sees_their_tenant_and_its_descendants_only() {
        String parent = Fixtures.newTenant();
        String child = Fixtures.newTenant(parent);
        String grandchild = Fixtures.newTenant(child);
        String other = Fixtures.newTenant();
        Fixtures.addMember(child, Api.MEMBER, "TEAM_MEMBER");

        Api.as(Api.MEMBER).queryParam("size", 500).get("/api/v1/tenants").then().statusCode(200)
                .body("items.code", hasItem(child)).body("items.code", hasItem(grandchild))
                .body("items.code", not(hasItem(parent))).body("items.code", not(hasItem(other)));
        Api.as(Api.MEMBER).queryParam("parent", child).get("/api/v1/tenants").then().statusCode(200)
                .body("items.code", contains(grandchild));
        Api.as(Api.MEMBER).get("/api/v1/tenants/{code}", parent).then().statusCode(404);
    }

    @Test
    void the_children_of_a_tenant_are_listed_by_parent() {
        String parent = Fixtures.newTenant();
        String first = Fixtures.newTenant(parent);
        String second = Fixtures.newTenant(parent);
        Api.as(Api.PROVINCE_ADMIN).queryParam("parent", parent).get("/api/v1/tenants").then().statusCode(200)
                .body("total", equalTo(2)).body("items.code", containsInAnyOrder(first, second));
    }

    @Test
    void bad_tenant_requests_are_rejected_and_nothing_is_created() {
        String code = "B" + UUID.randomUUID().toString().substring(0, 8);
        String[] bodies = {
            "{\"code\": \"" + code + "\", \"name\": \"X\", \"kind\": \"HAMLET\"}",
            "{\"code\": \"" + code + " x\", \"name\": \"X\", \"kind\": \"OTHER\"}",
            "{\"code\": \"" + code + "\", \"kind\": \"OTHER\"}",
            "{\"code\": \"" + code + "\", \"name\": \"" + "x".repeat(201) + "\", \"kind\": \"OTHER\"}",
            "{\"code\": \"" + code + "\", \"name\": \"X\", \"kind\": \"OTHER\", \"parentCode\": \"a b\"}",
            "{\"code\": \"" + code + "\", \"name\": \"X\", \"kind\": \"OTHER\", \"status\": \"ACTIVE\"}",
            "[1, 2]",
            "{\"code\": ",
        };
        for (String body : bodies) {
            Api.as(Api.PROVINCE_ADMIN).body(body).post("/api/v1/tenants").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("code", code, "name", "X", "kind", "COMMUNE", "parentCode", "NO-SUCH"))
                .post("/api/v1/tenants").then().statusCode(404);
        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}", code).then().statusCode(404);
    }
}
