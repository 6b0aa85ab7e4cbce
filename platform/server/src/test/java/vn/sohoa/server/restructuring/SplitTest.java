package vn.sohoa.server.restructuring;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** Splitting a commune hands each of its hamlets to exactly one new commune. */
@QuarkusTest
class SplitTest {

    String district;
    String source;
    String north;
    String south;

    @BeforeEach
    void a_commune_with_three_hamlets() {
        district = Fixtures.newTenant();
        source = Fixtures.newTenant(district);
        north = "N" + UUID.randomUUID().toString().substring(0, 8);
        south = "S" + UUID.randomUUID().toString().substring(0, 8);
        Fixtures.addMember(district, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(source, Api.ADMIN_B, "TENANT_ADMIN");
        Fixtures.addUnit(source, "AP1");
        Fixtures.addUnit(source, "AP2");
        Fixtures.addUnit(source, "AP3");
    }

    private Map<String, Object> split(List<String> northUnits, List<String> southUnits) {
        return Map.of("sourceCode", source, "effectiveDate", "2025-07-01", "parts", List.of(
                Map.of("code", north, "name", "Xã Bắc", "unitCodes", northUnits),
                Map.of("code", south, "name", "Xã Nam", "unitCodes", southUnits)));
    }

    @Test
    void the_parts_take_over_the_hamlets_and_the_source_ends() {
        Api.as(Api.ADMIN_A).body(split(List.of("AP1", "AP2"), List.of("AP3"))).post("/api/v1/tenant-splits")
                .then().statusCode(201).body("created", contains(north, south)).body("subUnitsCopied", equalTo(3));

        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/units", north).then().body("items.code", contains("AP1", "AP2"));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/units", south).then().body("items.code", contains("AP3"));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}", north).then().body("parentCode", equalTo(district))
                .body("kind", equalTo("COMMUNE"));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}", source).then().body("status", equalTo("ARCHIVED"));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/lineage", source).then()
                .body("successors.code", containsInAnyOrder(north, south)).body("successors.kind", contains("SPLIT", "SPLIT"));
    }

    @Test
    void a_dry_run_writes_nothing() {
        Fixtures.logSupport(source, "AP3", "VNEID");
        Api.as(Api.ADMIN_A).body(split(List.of("AP1", "AP2"), List.of("AP3"))).queryParam("dryRun", true)
                .post("/api/v1/tenant-splits").then().statusCode(200).body("ended", contains(source))
                .body("membersAffected", equalTo(1)).body("supportRecords", equalTo(1));
        Api.as(Api.ADMIN_A).body(split(List.of("AP1", "AP2"), List.of("AP3"))).queryParam("dryRun", "1")
                .post("/api/v1/tenant-splits").then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}", north).then().statusCode(404);
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}", source).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void every_hamlet_must_go_to_exactly_one_part() {
        Api.as(Api.ADMIN_A).body(split(List.of("AP1"), List.of("AP3"))).post("/api/v1/tenant-splits")
                .then().statusCode(400).body("detail", containsString("AP2"));
        Api.as(Api.ADMIN_A).body(split(List.of("AP1", "AP2"), List.of("AP2", "AP3"))).post("/api/v1/tenant-splits")
                .then().statusCode(400).body("errors.field", contains("parts[1].unitCodes"));
        Api.as(Api.ADMIN_A).body(split(List.of("AP1", "AP2", "AP9"), List.of("AP3"))).post("/api/v1/tenant-splits")
                .then().statusCode(400);
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}", north).then().statusCode(404);
    }

    @Test
    void a_commune_with_child_tenants_is_split_only_after_they_moved() {
        Fixtures.newTenant(source);
        Api.as(Api.ADMIN_A).body(split(List.of("AP1", "AP2"), List.of("AP3"))).post("/api/v1/tenant-splits")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void the_commune_cannot_split_itself_and_strangers_cannot_split_it() {
        Api.as(Api.ADMIN_B).body(split(List.of("AP1", "AP2"), List.of("AP3"))).post("/api/v1/tenant-splits")
                .then().statusCode(403);
        Api.as(Api.VIEWER).body(split(List.of("AP1", "AP2"), List.of("AP3"))).post("/api/v1/tenant-splits")
                .then().statusCode(404);
        Fixtures.addMember(source, Api.VIEWER, "VIEWER");
        Api.as(Api.VIEWER).body(split(List.of("AP1", "AP2"), List.of("AP3"))).post("/api/v1/tenant-splits")
                .then().statusCode(403);
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}", source).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void bad_split_requests_are_rejected() {
        String[] bodies = {
            "{\"sourceCode\": \"" + source + "\", \"effectiveDate\": \"2025-07-01\", \"parts\": []}",
            "{\"sourceCode\": \"" + source + "\", \"parts\": [{\"code\": \"X1\", \"name\": \"A\", \"unitCodes\": [\"AP1\"]},"
                + " {\"code\": \"X2\", \"name\": \"B\", \"unitCodes\": [\"AP2\", \"AP3\"]}]}",
            "{\"sourceCode\": \"" + source + "\", \"effectiveDate\": \"2025-07-01\", \"parts\": [{\"code\": \"X1\","
                + " \"name\": \"\", \"unitCodes\": [\"AP1\"]}, {\"code\": \"X 2\", \"name\": \"B\", \"unitCodes\": []}]}",
            "{\"sourceCode\": \"" + source + "\", \"effectiveDate\": \"2025-07-01\", \"parts\": [{\"code\": \"X1\","
                + " \"name\": \"A\", \"unitCodes\": [\"AP1\"]}, {\"code\": \"X1\", \"name\": \"B\", \"unitCodes\": [\"AP2\", \"AP3\"]}]}",
        };
        for (String body : bodies) {
            Api.as(Api.ADMIN_A).body(body).post("/api/v1/tenant-splits").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}", source).then().body("status", equalTo("ACTIVE"));
    }
}
