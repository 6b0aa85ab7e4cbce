package vn.sohoa.server.http;

import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** An id in a path that is no id names nothing: the same 404 as an unknown id, never a 400 or a 500. */
@QuarkusTest
class BadPathIdTest {

    String tenant;

    @BeforeEach
    void a_tenant_with_an_admin() {
        tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.ADMIN_A, "TENANT_ADMIN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "1.5", "99999999999999999999", "12345678901234567890123"})
    void a_team_a_team_member_and_a_support_record_with_a_bad_id_are_not_found(String id) {
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/teams/{id}", tenant, id).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("team " + id));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/teams/{id}/members", tenant, id).then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/support-logs/{id}", tenant, id).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("support record " + id));
    }
}
