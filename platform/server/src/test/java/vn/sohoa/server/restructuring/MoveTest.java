package vn.sohoa.server.restructuring;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** Moving a tenant under another parent takes its subtree along and is remembered with its date. */
@QuarkusTest
class MoveTest {

    String province;
    String oldDistrict;
    String newDistrict;
    String commune;
    String school;

    @BeforeEach
    void a_commune_with_a_school_under_one_of_two_districts() {
        province = Fixtures.newTenant();
        oldDistrict = Fixtures.newTenant(province);
        newDistrict = Fixtures.newTenant(province);
        commune = Fixtures.newTenant(oldDistrict);
        school = Fixtures.newTenant(commune);
        Fixtures.addMember(province, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(oldDistrict, Api.VIEWER, "VIEWER");
        Fixtures.addMember(newDistrict, Api.MEMBER, "VIEWER");
    }

    @Test
    void a_moved_commune_and_its_school_belong_to_the_new_district() {
        Api.as(Api.ADMIN_A).body(Map.of("newParentCode", newDistrict, "effectiveDate", "2025-07-01"))
                .post("/api/v1/tenants/{code}/move", commune)
                .then().statusCode(200).body("moved", contains(commune, school));

        Api.as(Api.MEMBER).get("/api/v1/tenants/{code}", school).then().statusCode(200)
                .body("parentCode", equalTo(commune));
        Api.as(Api.VIEWER).get("/api/v1/tenants/{code}", school).then().statusCode(404);
        Api.as(Api.MEMBER).get("/api/v1/tenants/{code}", commune).then().body("parentCode", equalTo(newDistrict));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/lineage", commune).then().statusCode(200)
                .body("moves[0].fromParentCode", equalTo(oldDistrict))
                .body("moves[0].toParentCode", equalTo(newDistrict))
                .body("moves[0].effectiveDate", equalTo("2025-07-01"));
    }

    @Test
    void the_administrator_of_a_moved_commune_keeps_administering_it_and_its_school() {
        Fixtures.addMember(commune, Api.ADMIN_B, "TENANT_ADMIN");
        Api.as(Api.ADMIN_B).get("/api/v1/tenants/{code}/members", school).then().statusCode(200);

        Api.as(Api.ADMIN_A).body(Map.of("newParentCode", newDistrict, "effectiveDate", "2025-07-01"))
                .post("/api/v1/tenants/{code}/move", commune).then().statusCode(200);

        Api.as(Api.ADMIN_B).get("/api/v1/tenants/{code}/members", school).then().statusCode(200);
        Api.as(Api.ADMIN_B).body(Map.of("code", "U1", "name", "Ấp Một", "type", "HAMLET"))
                .post("/api/v1/tenants/{code}/units", commune).then().statusCode(201);
    }

    @Test
    void a_dry_run_shows_what_moves_and_moves_nothing() {
        Fixtures.addMember(school, Api.VIEWER, "VIEWER");
        Fixtures.addUnit(commune, "AP1");
        Fixtures.logSupport(commune, "AP1", "VNEID");
        Fixtures.logSupport(commune, "AP1", "CASHLESS");
        Api.as(Api.ADMIN_A).body(Map.of("newParentCode", newDistrict, "effectiveDate", "2025-07-01"))
                .queryParam("dryRun", true).post("/api/v1/tenants/{code}/move", commune)
                .then().statusCode(200).body("moved", hasItem(school))
                .body("membersAffected", equalTo(1)).body("supportRecords", equalTo(2));
        Api.as(Api.ADMIN_A).body(Map.of("newParentCode", newDistrict, "effectiveDate", "2025-07-01"))
                .queryParam("dryRun", "maybe").post("/api/v1/tenants/{code}/move", commune)
                .then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}", commune).then().body("parentCode", equalTo(oldDistrict));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/lineage", commune).then().body("moves.size()", equalTo(0));
    }

    @Test
    void a_tenant_cannot_move_below_itself() {
        Api.as(Api.ADMIN_A).body(Map.of("newParentCode", school, "effectiveDate", "2025-07-01"))
                .post("/api/v1/tenants/{code}/move", commune)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("newParentCode"));
    }

    @Test
    void only_an_administrator_above_both_parents_may_move() {
        Fixtures.addMember(commune, Api.ADMIN_B, "TENANT_ADMIN");
        Api.as(Api.ADMIN_B).body(Map.of("newParentCode", newDistrict, "effectiveDate", "2025-07-01"))
                .post("/api/v1/tenants/{code}/move", commune).then().statusCode(403);
        Api.as(Api.VIEWER).body(Map.of("newParentCode", newDistrict, "effectiveDate", "2025-07-01"))
                .post("/api/v1/tenants/{code}/move", commune).then().statusCode(403);
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}", commune).then().body("parentCode", equalTo(oldDistrict));
    }

    @Test
    void bad_move_requests_are_rejected() {
        String[] bodies = {"{\"newParentCode\": \"" + newDistrict + "\"}",
            "{\"newParentCode\": \"" + newDistrict + "\", \"effectiveDate\": \"01/07/2025\"}",
            "{\"effectiveDate\": \"2025-07-01\"}", "{\"newParentCode\": \"a b\", \"effectiveDate\": \"2025-07-01\"}"};
        for (String body : bodies) {
            Api.as(Api.ADMIN_A).body(body).post("/api/v1/tenants/{code}/move", commune).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        Api.as(Api.ADMIN_A).body(Map.of("newParentCode", "NO-SUCH", "effectiveDate", "2025-07-01"))
                .post("/api/v1/tenants/{code}/move", commune).then().statusCode(404);
    }
}
