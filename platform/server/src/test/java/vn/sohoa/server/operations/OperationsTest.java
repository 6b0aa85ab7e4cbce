package vn.sohoa.server.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What operators and integrators rely on. */
@QuarkusTest
class OperationsTest {

    @Test
    void readiness_checks_the_database() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void the_openapi_document_describes_the_tenant_api() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/tenants"))
                .body("paths", hasKey("/api/v1/tenants/{code}/units/{unitCode}"))
                .body("paths", hasKey("/api/v1/tenants/{code}/members"));
    }

    @Test
    void an_unknown_api_path_is_a_404_problem() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }
}
