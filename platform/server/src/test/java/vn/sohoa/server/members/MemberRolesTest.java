package vn.sohoa.server.members;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** A tenant admin changes members' roles, but a tenant never loses its last admin except by a decision from above. */
@QuarkusTest
class MemberRolesTest {

    static final String MEMBER = "/api/v1/tenants/{code}/members/{user}";

    String parent;
    String tenant;

    @BeforeEach
    void a_tenant_with_one_admin_under_a_parent_with_another() {
        parent = Fixtures.newTenant();
        tenant = Fixtures.newTenant(parent);
        Fixtures.addMember(parent, Api.ADMIN_B, "TENANT_ADMIN");
        Fixtures.addMember(tenant, Api.ADMIN_A, "TENANT_ADMIN");
    }

    @Test
    void a_tenant_admin_changes_a_members_role() {
        Fixtures.addMember(tenant, Api.MEMBER, "VIEWER");
        Api.as(Api.ADMIN_A).body(Map.of("role", "TEAM_LEADER")).put(MEMBER, tenant, Api.MEMBER)
                .then().statusCode(200).body("username", equalTo(Api.MEMBER)).body("role", equalTo("TEAM_LEADER"));
        Api.as(Api.MEMBER).get("/api/v1/tenants/{code}/members", tenant).then()
                .body("items.find { it.username == 'dung.pham' }.role", equalTo("TEAM_LEADER"));
    }

    @Test
    void a_promoted_member_may_administer_the_tenant() {
        Fixtures.addMember(tenant, Api.MEMBER, "TEAM_MEMBER");
        Api.as(Api.MEMBER).body(Fixtures.unit("AP1", "Ấp 1")).post("/api/v1/tenants/{code}/units", tenant)
                .then().statusCode(403);
        Api.as(Api.ADMIN_A).body(Map.of("role", "TENANT_ADMIN")).put(MEMBER, tenant, Api.MEMBER).then().statusCode(200);
        Api.as(Api.MEMBER).body(Fixtures.unit("AP1", "Ấp 1")).post("/api/v1/tenants/{code}/units", tenant)
                .then().statusCode(201);
    }

    @Test
    void the_last_tenant_admin_can_neither_be_demoted_nor_removed_by_the_tenants_own_admins() {
        Api.as(Api.ADMIN_A).body(Map.of("role", "VIEWER")).put(MEMBER, tenant, Api.ADMIN_A).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("last tenant administrator"));
        Api.as(Api.ADMIN_A).delete(MEMBER, tenant, Api.ADMIN_A).then().statusCode(409);

        Fixtures.addMember(tenant, Api.MEMBER, "TENANT_ADMIN");
        Api.as(Api.ADMIN_A).body(Map.of("role", "VIEWER")).put(MEMBER, tenant, Api.ADMIN_A).then().statusCode(200);
        Api.as(Api.MEMBER).delete(MEMBER, tenant, Api.MEMBER).then().statusCode(409);
        Api.as(Api.MEMBER).get("/api/v1/tenants/{code}/members", tenant).then().body("total", equalTo(2));
    }

    @Test
    void an_admin_from_above_may_leave_a_tenant_without_an_admin() {
        Api.as(Api.ADMIN_B).body(Map.of("role", "VIEWER")).put(MEMBER, tenant, Api.ADMIN_A).then().statusCode(200);
        Api.as(Api.ADMIN_A).body(Fixtures.unit("AP1", "Ấp 1")).post("/api/v1/tenants/{code}/units", tenant)
                .then().statusCode(403);
        Api.as(Api.PROVINCE_ADMIN).delete(MEMBER, tenant, Api.ADMIN_A).then().statusCode(204);
    }

    @Test
    void a_viewer_cannot_change_roles_and_another_tenants_admin_finds_nothing() {
        Fixtures.addMember(tenant, Api.VIEWER, "VIEWER");
        Api.as(Api.VIEWER).body(Map.of("role", "TENANT_ADMIN")).put(MEMBER, tenant, Api.VIEWER).then().statusCode(403);
        String other = Fixtures.newTenant();
        Fixtures.addMember(other, Api.MEMBER, "TENANT_ADMIN");
        Api.as(Api.MEMBER).body(Map.of("role", "TENANT_ADMIN")).put(MEMBER, tenant, Api.VIEWER).then().statusCode(404)
                .body("type", equalTo("urn:sohoa:problem:not-found"));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/members", tenant).then()
                .body("items.find { it.username == 'chi.le' }.role", equalTo("VIEWER"));
    }

    @Test
    void bad_role_changes_are_rejected_and_nothing_changes() {
        String[][] bodies = {
            {"{\"role\": \"OWNER\"}", "role"},
            {"{}", "role"},
            {"{\"role\": \"VIEWER\", \"username\": \"chi.le\"}", "username"},
            {"{\"role\": ", "body"},
            {"", "body"},
        };
        for (String[] bad : bodies) {
            var response = Api.as(Api.ADMIN_A).body(bad[0]).put(MEMBER, tenant, Api.ADMIN_A).then().statusCode(400)
                    .contentType("application/problem+json");
            if (!bad[1].equals("body")) {
                response.body("errors.field", hasItem(bad[1]));
            }
        }
        Api.as(Api.ADMIN_A).body(Map.of("role", "VIEWER")).put(MEMBER, tenant, "nobody.here").then().statusCode(404);
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/members", tenant).then()
                .body("items[0].role", equalTo("TENANT_ADMIN")).body("total", equalTo(1));
    }
}
