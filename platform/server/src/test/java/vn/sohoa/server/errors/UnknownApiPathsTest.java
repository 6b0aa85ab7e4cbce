package vn.sohoa.server.errors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.sohoa.server.support.Api;

/**
 * Under {@code /api/} every request is answered by the API: an unknown path is a 404 problem and a known path
 * with the wrong method a 405 with {@code Allow}, whatever the method — never the web UI's HTML page, and no UI
 * session is opened for it.
 */
@QuarkusTest
class UnknownApiPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "PUT", "PATCH", "DELETE"})
    void an_unknown_path_below_a_known_one_is_a_404_problem_without_a_session(String method) {
        Response response = Api.as(Api.PROVINCE_ADMIN).body(Map.of("title", "Kỹ năng số cơ bản"))
                .request(method, "/api/v1/tenants/93/harvests");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:sohoa:problem:not-found");
        assertThat(response.headers().getValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @Test
    void an_unknown_path_without_a_token_is_a_404_problem_too() {
        given().body("{}").contentType("application/json").post("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:sohoa:problem:not-found"));
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void a_known_path_with_a_method_it_does_not_serve_is_a_405_naming_the_methods_it_does() {
        Response response = Api.as(Api.PROVINCE_ADMIN).delete("/api/v1/tenants");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:sohoa:problem:method-not-allowed");
        assertThat(List.of(response.header("Allow").split(",\\s*"))).contains("GET", "POST").doesNotContain("DELETE");
        assertThat(response.headers().getValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }
}
