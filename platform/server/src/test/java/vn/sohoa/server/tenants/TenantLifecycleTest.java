package vn.sohoa.server.tenants;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.Tokens;

/**
 * A tenant is renamed, suspended, reactivated and archived from above: by a tenant admin of an ancestor
 * or a province admin, never by its own admin, a sibling's admin or a viewer.
 */
@QuarkusTest
class TenantLifecycleTest {

    static final String TENANT = "/api/v1/tenants/{code}";

    @TestHTTPResource("/api/v1/tenants")
    URI tenants;

    String parent;
    String child;
    String sibling;

    @BeforeEach
    void a_parent_with_two_children_each_with_an_admin() {
        parent = Fixtures.newTenant();
        child = Fixtures.newTenant(parent);
        sibling = Fixtures.newTenant(parent);
        Fixtures.addMember(parent, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(parent, Api.VIEWER, "VIEWER");
        Fixtures.addMember(child, Api.ADMIN_B, "TENANT_ADMIN");
        Fixtures.addMember(sibling, Api.MEMBER, "TENANT_ADMIN");
    }

    @Test
    void a_parent_admin_renames_and_suspends_a_child_and_its_members_see_it_at_once() {
        Api.as(Api.ADMIN_A).body(Map.of("name", "Phường Vị Tân", "kind", "COMMUNE", "version", 0))
                .put(TENANT, child).then().statusCode(200)
                .body("name", equalTo("Phường Vị Tân")).body("version", equalTo(1));
        Api.as(Api.ADMIN_A).body(Map.of("reason", "Chờ sáp nhập")).post(TENANT + "/suspend", child)
                .then().statusCode(200).body("status", equalTo("SUSPENDED")).body("statusReason", equalTo("Chờ sáp nhập"));
        Api.as(Api.ADMIN_B).get(TENANT, child).then().statusCode(200)
                .body("name", equalTo("Phường Vị Tân")).body("status", equalTo("SUSPENDED"));
    }

    @Test
    void a_unit_cannot_change_itself_and_nobody_changes_a_sibling_or_an_ancestor() {
        var rename = Map.of("name", "Đổi tên", "kind", "COMMUNE", "version", 0);
        Api.as(Api.ADMIN_B).body(rename).put(TENANT, child).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("urn:sohoa:problem:forbidden"));
        for (String action : new String[] {"suspend", "archive"}) {
            Api.as(Api.ADMIN_B).post(TENANT + "/" + action, child).then().statusCode(403);
            Api.as(Api.VIEWER).post(TENANT + "/" + action, child).then().statusCode(403);
            Api.as(Api.MEMBER).post(TENANT + "/" + action, child).then().statusCode(404)
                    .body("type", equalTo("urn:sohoa:problem:not-found"));
            Api.as(Api.ADMIN_B).post(TENANT + "/" + action, parent).then().statusCode(404);
        }
        Api.as(Api.MEMBER).body(rename).put(TENANT, child).then().statusCode(404);
        Api.as(Api.VIEWER).body(rename).put(TENANT, child).then().statusCode(403);
        Api.as(Api.ADMIN_A).get(TENANT, child).then().body("status", equalTo("ACTIVE")).body("version", equalTo(0));
    }

    @Test
    void only_a_province_admin_governs_a_top_level_tenant() {
        Api.as(Api.ADMIN_A).post(TENANT + "/suspend", parent).then().statusCode(403);
        Api.as(Api.PROVINCE_ADMIN).post(TENANT + "/suspend", parent).then().statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        Api.as(Api.PROVINCE_ADMIN).post(TENANT + "/reactivate", parent).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void only_valid_transitions_are_allowed_and_archived_is_final() {
        Api.as(Api.ADMIN_A).post(TENANT + "/reactivate", child).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("already active"));
        Api.as(Api.ADMIN_A).post(TENANT + "/suspend", child).then().statusCode(200);
        Api.as(Api.ADMIN_A).post(TENANT + "/suspend", child).then().statusCode(409)
                .body("detail", containsString("already suspended"));
        Api.as(Api.ADMIN_A).body(Map.of("reason", "Giải thể")).post(TENANT + "/archive", child).then().statusCode(200)
                .body("status", equalTo("ARCHIVED"));
        for (String action : new String[] {"reactivate", "suspend", "archive"}) {
            Api.as(Api.PROVINCE_ADMIN).post(TENANT + "/" + action, child).then().statusCode(409)
                    .body("type", equalTo("urn:sohoa:problem:conflict"));
        }
        Api.as(Api.ADMIN_A).post(TENANT + "/reactivate", child).then().body("detail", containsString("final"));
        Api.as(Api.ADMIN_A).body(Map.of("name", "Hồi sinh", "kind", "COMMUNE", "version", 2)).put(TENANT, child)
                .then().statusCode(409).body("type", equalTo("urn:sohoa:problem:tenant-not-active"));
        Api.as(Api.PROVINCE_ADMIN).post(TENANT + "/archive", sibling).then().statusCode(200)
                .body("status", equalTo("ARCHIVED"));
    }

    /** As {@code curl -X POST} sends it: no body, no content type (RestAssured would add one). */
    @Test
    void a_status_change_needs_no_body_at_all() throws Exception {
        HttpRequest bare = HttpRequest.newBuilder(URI.create(tenants + "/" + child + "/suspend"))
                .header("Authorization", "Bearer " + Tokens.of(Api.ADMIN_A))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            assertThat(client.send(bare, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
        Api.as(Api.ADMIN_A).get(TENANT, child).then()
                .body("status", equalTo("SUSPENDED")).body("statusReason", nullValue());
    }

    @Test
    void an_edit_with_a_stale_version_is_refused() {
        Api.as(Api.ADMIN_A).body(Map.of("name", "Lần một", "kind", "COMMUNE", "version", 0)).put(TENANT, child)
                .then().statusCode(200);
        Api.as(Api.ADMIN_A).body(Map.of("name", "Lần hai", "kind", "COMMUNE", "version", 0)).put(TENANT, child)
                .then().statusCode(409).body("type", equalTo("urn:sohoa:problem:stale-version"));
        Api.as(Api.ADMIN_A).get(TENANT, child).then().body("name", equalTo("Lần một"));
    }

    @Test
    void archived_tenants_are_left_out_of_the_list_unless_asked_for() {
        String suspended = Fixtures.newTenant(parent);
        Api.as(Api.ADMIN_A).post(TENANT + "/suspend", suspended).then().statusCode(200);
        Api.as(Api.ADMIN_A).post(TENANT + "/archive", sibling).then().statusCode(200);

        Api.as(Api.ADMIN_A).queryParam("parent", parent).get("/api/v1/tenants").then().statusCode(200)
                .body("total", equalTo(2)).body("items.code", containsInAnyOrder(child, suspended));
        Api.as(Api.ADMIN_A).queryParam("parent", parent).queryParam("status", "ARCHIVED").get("/api/v1/tenants")
                .then().body("items.code", containsInAnyOrder(sibling));
        Api.as(Api.ADMIN_A).queryParam("parent", parent).queryParam("status", "active,ARCHIVED").get("/api/v1/tenants")
                .then().body("items.code", containsInAnyOrder(child, sibling));
        Api.as(Api.ADMIN_A).queryParam("parent", parent).queryParam("status", "SUSPENDED", "ARCHIVED")
                .get("/api/v1/tenants").then().body("items.code", containsInAnyOrder(suspended, sibling));
        Api.as(Api.MEMBER).get(TENANT, sibling).then().statusCode(200).body("status", equalTo("ARCHIVED"));
    }

    @Test
    void the_status_filter_is_documented() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/tenants'.get.parameters.find { it.name == 'status' }.schema.items.'$ref'",
                        equalTo("#/components/schemas/TenantStatus"))
                .body("components.schemas.TenantStatus.enum", hasItems("ACTIVE", "SUSPENDED", "MERGED", "ARCHIVED"));
    }

    @Test
    void bad_lifecycle_requests_are_rejected_and_nothing_changes() {
        String[][] bodies = {
            {"{\"name\": \"X\", \"kind\": \"COMMUNE\"}", "version"},
            {"{\"name\": \"  \", \"kind\": \"COMMUNE\", \"version\": 0}", "name"},
            {"{\"name\": \"" + "x".repeat(201) + "\", \"kind\": \"COMMUNE\", \"version\": 0}", "name"},
            {"{\"name\": \"X\", \"kind\": \"HAMLET\", \"version\": 0}", "kind"},
            {"{\"name\": \"X\", \"kind\": \"COMMUNE\", \"version\": \"một\"}", "version"},
            {"{\"name\": \"X\", \"kind\": \"COMMUNE\", \"version\": 0, \"status\": \"ARCHIVED\"}", "status"},
            {"{\"name\": \"X\", \"kind\": \"COMMUNE\", \"version\": 0, \"parentCode\": \"" + sibling + "\"}", "parentCode"},
            {"{\"name\": ", "body"},
            {"", "body"},
        };
        for (String[] bad : bodies) {
            var response = Api.as(Api.ADMIN_A).body(bad[0]).put(TENANT, child).then().statusCode(400)
                    .contentType("application/problem+json");
            if (!bad[1].equals("body")) {
                response.body("errors.field", hasItem(bad[1]));
            }
        }
        Api.as(Api.ADMIN_A).body(Map.of("reason", "x".repeat(501))).post(TENANT + "/suspend", child)
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        Api.as(Api.ADMIN_A).body("{\"reason\": \"x\", \"until\": \"2030-01-01\"}").post(TENANT + "/suspend", child)
                .then().statusCode(400).body("errors.field", hasItem("until"));
        Api.as(Api.ADMIN_A).queryParam("status", "CLOSED").get("/api/v1/tenants").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("status"));
        Api.as(Api.PROVINCE_ADMIN).post(TENANT + "/suspend", "NO-SUCH-TENANT").then().statusCode(404);
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("name", "X", "kind", "COMMUNE", "version", 0))
                .put(TENANT, "NO-SUCH-TENANT").then().statusCode(404);
        Api.as(Api.ADMIN_A).get(TENANT, child).then().body("status", equalTo("ACTIVE")).body("version", equalTo(0));
    }
}
