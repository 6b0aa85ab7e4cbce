package vn.sohoa.server.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.CsvImport;
import vn.sohoa.server.support.Fixtures;

/**
 * Every creating POST honours Idempotency-Key the way the support log always did: a retry gets the first
 * answer and creates nothing; the same key for something else is refused.
 */
@QuarkusTest
class IdempotentPostsTest {

    static final String UNITS = "/api/v1/tenants/{code}/units";
    static final String TEAMS = "/api/v1/tenants/{code}/teams";
    static final String CATEGORIES = "/api/v1/tenants/{code}/support-categories";

    String tenant;
    String key;

    @BeforeEach
    void a_tenant_with_an_admin_and_a_hamlet() {
        tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addUnit(tenant, "AP1");
        key = UUID.randomUUID().toString();
    }

    ExtractableResponse<Response> post(String path, Map<String, Object> body) {
        return Api.as(Api.ADMIN_A).header("Idempotency-Key", key).body(body).post(path, tenant).then().extract();
    }

    @Test
    void a_retried_unit_creation_replays_the_first_answer_and_adds_no_row() {
        var first = post(UNITS, Fixtures.unit("AP2", "Ấp Hai"));
        var retry = post(UNITS, Fixtures.unit("AP2", "Ấp Hai"));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.body().asString()).isEqualTo(first.body().asString());
        assertThat(units()).isEqualTo(2);
    }

    @Test
    void a_retried_team_creation_replays_the_first_team_and_adds_no_row() {
        Map<String, Object> team = Map.of("name", "Tổ CNS Ấp Một", "unitCode", "AP1");
        int first = post(TEAMS, team).path("id");

        Api.as(Api.ADMIN_A).header("Idempotency-Key", key).body(team).post(TEAMS, tenant).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        Api.as(Api.ADMIN_A).get(TEAMS, tenant).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void the_same_key_with_another_body_is_unprocessable_and_creates_nothing() {
        post(UNITS, Fixtures.unit("AP2", "Ấp Hai"));

        var other = post(UNITS, Fixtures.unit("AP3", "Ấp Ba"));

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(units()).isEqualTo(2);
    }

    @Test
    void the_same_key_on_another_kind_of_record_is_unprocessable() {
        post(CATEGORIES, Map.of("code", "SIM_CARD", "labelVi", "Đăng ký SIM", "labelEn", "SIM registration"))
                .response().then().statusCode(201);

        post(TEAMS, Map.of("name", "Tổ CNS Ấp Một", "unitCode", "AP1")).response().then().statusCode(422);
        Api.as(Api.ADMIN_A).get(TEAMS, tenant).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void a_refused_creation_does_not_use_up_its_key() {
        post(UNITS, Fixtures.unit("AP1", "Ấp trùng")).response().then().statusCode(409);

        post(UNITS, Fixtures.unit("AP2", "Ấp Hai")).response().then().statusCode(201)
                .header("Idempotent-Replayed", "false");
        assertThat(units()).isEqualTo(2);
    }

    @Test
    void a_retried_tenant_creation_outside_any_tenant_replays_the_first_tenant() {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Map.of("code", code, "name", "Xã " + code, "kind", "COMMUNE", "parentCode", tenant);
        Api.as(Api.ADMIN_A).header("Idempotency-Key", key).body(body).post("/api/v1/tenants").then().statusCode(201)
                .header("Idempotent-Replayed", "false");

        Api.as(Api.ADMIN_A).header("Idempotency-Key", key).body(body).post("/api/v1/tenants").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("code", equalTo(code));
    }

    @Test
    void a_retried_import_replays_its_first_answer_and_writes_the_file_once() {
        String p = CsvImport.prefix();
        String csv = CsvImport.HEADER + p + "-X1,Xã Vị Tân,COMMUNE," + tenant + "\n"
                + p + "-X2,Xã Hỏa Tiến,COMMUNE," + tenant + "\n";
        CsvImport.as(Api.ADMIN_A, csv).header("Idempotency-Key", key).post(CsvImport.PATH).then().statusCode(201)
                .header("Idempotent-Replayed", "false").body("created", equalTo(2));

        CsvImport.as(Api.ADMIN_A, csv).header("Idempotency-Key", key).post(CsvImport.PATH).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("created", equalTo(2));
        CsvImport.as(Api.ADMIN_A, csv.replace("Vị Tân", "Vị Đông")).header("Idempotency-Key", key)
                .post(CsvImport.PATH).then().statusCode(422);
        Api.as(Api.ADMIN_A).queryParam("parent", tenant).get("/api/v1/tenants").then().statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void a_malformed_key_is_a_bad_request_naming_the_header() {
        Api.as(Api.ADMIN_A).header("Idempotency-Key", "two words").body(Fixtures.unit("AP2", "Ấp Hai"))
                .post(UNITS, tenant).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));
        assertThat(units()).isEqualTo(1);
    }

    private int units() {
        return Api.as(Api.ADMIN_A).get(UNITS, tenant).then().statusCode(200).extract().path("total");
    }
}
