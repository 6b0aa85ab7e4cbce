package vn.sohoa.server.units;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** Every kind of bad unit request is a 400 problem naming what is wrong, and nothing is written. */
@QuarkusTest
class UnitBadInputTest {

    String tenant;

    @BeforeEach
    void a_tenant_with_one_unit() {
        tenant = Fixtures.newTenant();
        Fixtures.addUnit(tenant, "AP1");
    }

    @AfterEach
    void nothing_was_written() {
        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}/units", tenant).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].name", equalTo("Ấp AP1"));
    }

    static Stream<Arguments> bad_bodies() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"code\": \"AP2\", \"name\": ", "body"),
                Arguments.of("missing name", "{\"code\": \"AP2\", \"type\": \"HAMLET\"}", "name"),
                Arguments.of("missing type", "{\"code\": \"AP2\", \"name\": \"Ấp 2\"}", "type"),
                Arguments.of("blank name", "{\"code\": \"AP2\", \"name\": \"   \", \"type\": \"HAMLET\"}", "name"),
                Arguments.of("oversized name", "{\"code\": \"AP2\", \"name\": \"" + "Ấ".repeat(201) + "\", \"type\": \"HAMLET\"}", "name"),
                Arguments.of("code with spaces", "{\"code\": \"ẤP 2\", \"name\": \"Ấp 2\", \"type\": \"HAMLET\"}", "code"),
                Arguments.of("oversized code", "{\"code\": \"" + "A".repeat(33) + "\", \"name\": \"Ấp 2\", \"type\": \"HAMLET\"}", "code"),
                Arguments.of("unknown type", "{\"code\": \"AP2\", \"name\": \"Ấp 2\", \"type\": \"VILLAGE\"}", "type"),
                Arguments.of("negative households", "{\"code\": \"AP2\", \"name\": \"Ấp 2\", \"type\": \"HAMLET\", \"households\": -1}", "households"),
                Arguments.of("absurd population", "{\"code\": \"AP2\", \"name\": \"Ấp 2\", \"type\": \"HAMLET\", \"population\": 99999999}", "population"),
                Arguments.of("text for a number", "{\"code\": \"AP2\", \"name\": \"Ấp 2\", \"type\": \"HAMLET\", \"households\": \"nhiều\"}", "households"),
                Arguments.of("unknown field", "{\"code\": \"AP2\", \"name\": \"Ấp 2\", \"type\": \"HAMLET\", \"tenantId\": \"X\"}", "tenantId"),
                Arguments.of("empty body", "", "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_bodies")
    void a_bad_unit_is_rejected_with_a_problem_naming_the_field(String why, String body, String field) {
        var response = Api.as(Api.PROVINCE_ADMIN).body(body).post("/api/v1/tenants/{code}/units", tenant)
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", notNullValue())
                .body("detail", not(containsString("Exception")));
        if (!field.equals("body")) {
            response.body("errors.field", hasItem(field));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_bodies")
    void a_bad_update_is_rejected_and_the_unit_stays_as_it_was(String why, String body, String field) {
        Api.as(Api.PROVINCE_ADMIN).body(body.replace("AP2", "AP1")).put("/api/v1/tenants/{code}/units/AP1", tenant)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @org.junit.jupiter.api.Test
    void an_update_without_version_or_with_another_code_is_rejected() {
        Api.as(Api.PROVINCE_ADMIN).body(Fixtures.unit("AP1", "Ấp mới")).put("/api/v1/tenants/{code}/units/AP1", tenant)
                .then().statusCode(400).body("errors.field", hasItem("version"));
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("code", "AP7", "name", "Ấp mới", "type", "HAMLET", "version", 0))
                .put("/api/v1/tenants/{code}/units/AP1", tenant)
                .then().statusCode(400).body("errors.field", hasItem("code"));
    }

    @org.junit.jupiter.api.Test
    void bad_paging_is_rejected() {
        Api.as(Api.PROVINCE_ADMIN).queryParam("size", 0).get("/api/v1/tenants/{code}/units", tenant)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("size"));
        Api.as(Api.PROVINCE_ADMIN).queryParam("page", -1).get("/api/v1/tenants/{code}/units", tenant)
                .then().statusCode(400).body("errors.field", hasItem("page"));
        Api.as(Api.PROVINCE_ADMIN).queryParam("size", "many").get("/api/v1/tenants/{code}/units", tenant)
                .then().statusCode(400).contentType("application/problem+json");
    }
}
