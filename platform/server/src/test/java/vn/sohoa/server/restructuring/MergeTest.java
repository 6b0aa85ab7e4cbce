package vn.sohoa.server.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** Merging communes into a new one: nothing of the history is lost, and none of it is counted twice. */
@QuarkusTest
class MergeTest {

    @Inject
    EntityManager em;

    @Inject
    TenantWork work;

    String district;
    String first;
    String second;
    String merged;
    String school;

    @BeforeEach
    void two_communes_with_people_units_and_a_school() {
        district = Fixtures.newTenant();
        first = Fixtures.newTenant(district);
        second = Fixtures.newTenant(district);
        merged = "M" + UUID.randomUUID().toString().substring(0, 8);
        Fixtures.addMember(district, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(first, Api.VIEWER, "VIEWER");
        Fixtures.addMember(first, Api.MEMBER, "TEAM_MEMBER");
        Fixtures.addMember(second, Api.ADMIN_B, "TENANT_ADMIN");
        Fixtures.addUnit(first, "AP1");
        Fixtures.addUnit(first, "AP2");
        Fixtures.addUnit(second, "AP1");
        school = Fixtures.newTenant(second);
        Fixtures.logSupport(first, "AP1", "VNEID");
        Fixtures.logSupport(first, "AP2", "CASHLESS");
        Fixtures.logSupport(second, "AP1", "VNEID");
    }

    private Map<String, Object> mergeBody() {
        return Map.of("sourceCodes", List.of(first, second),
                "target", Map.of("code", merged, "name", "Xã Hợp Nhất", "kind", "COMMUNE", "parentCode", district),
                "effectiveDate", "2025-07-01");
    }

    @Test
    void a_dry_run_previews_the_impact_and_writes_nothing() {
        String schoolDivision = Fixtures.newTenant(school);
        Fixtures.addMember(schoolDivision, Api.MEMBER, "VIEWER");
        Api.as(Api.ADMIN_A).body(mergeBody()).queryParam("dryRun", true).post("/api/v1/tenant-merges")
                .then().statusCode(200)
                .body("created", contains(merged)).body("ended", contains(first, second))
                .body("moved", contains(school, schoolDivision))
                .body("subUnitsCopied", equalTo(3)).body("membersToOffer", equalTo(3))
                .body("membersAffected", equalTo(4)).body("supportRecords", equalTo(3));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}", merged).then().statusCode(404);
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}", first).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void a_dry_run_flag_that_is_not_true_or_false_is_refused_rather_than_read_as_false() {
        Api.as(Api.ADMIN_A).body(mergeBody()).queryParam("dryRun", "yes").post("/api/v1/tenant-merges")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("dryRun"));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}", merged).then().statusCode(404);
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}", first).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void the_people_of_a_child_tenant_that_moves_to_the_successor_keep_their_access() {
        Fixtures.addMember(school, Api.MEMBER, "VIEWER");
        Api.as(Api.MEMBER).get("/api/v1/tenants/{code}/units", school).then().statusCode(200);

        Api.as(Api.ADMIN_A).body(mergeBody()).post("/api/v1/tenant-merges").then().statusCode(201);

        Api.as(Api.MEMBER).get("/api/v1/tenants/{code}", school).then().statusCode(200)
                .body("parentCode", equalTo(merged));
        Api.as(Api.MEMBER).get("/api/v1/tenants/{code}/units", school).then().statusCode(200);
    }

    @Test
    void the_merge_is_in_the_audit_trail_of_the_successor_and_of_each_source() {
        Api.as(Api.ADMIN_A).body(mergeBody()).post("/api/v1/tenant-merges").then().statusCode(201);

        Api.as(Api.ADMIN_A).queryParam("entityType", "TenantLineage").get("/api/v1/tenants/{code}/audit", merged)
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.entityKey", containsInAnyOrder(first + " > " + merged, second + " > " + merged))
                .body("items.actor.username", everyItem(equalTo(Api.ADMIN_A)));
        Api.as(Api.ADMIN_A).queryParam("entityType", "Tenant").queryParam("action", "UPDATE")
                .get("/api/v1/tenants/{code}/audit", first).then().statusCode(200)
                .body("items.changes.status.after", hasItem("MERGED"));
    }

    @Test
    void the_sources_end_as_merged_and_the_successor_takes_over_units_and_children() {
        Api.as(Api.ADMIN_A).body(mergeBody()).post("/api/v1/tenant-merges")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/api/v1/tenants/" + merged));

        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}", first).then().body("status", equalTo("MERGED"));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/units", merged).then().statusCode(200)
                .body("items.code", containsInAnyOrder("AP1", "AP2", second + "-AP1"));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/units", first).then().body("total", equalTo(2));
        Api.as(Api.ADMIN_A).queryParam("parent", merged).get("/api/v1/tenants").then().body("total", equalTo(1));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/lineage", merged).then().statusCode(200)
                .body("predecessors.code", containsInAnyOrder(first, second))
                .body("predecessors.kind", contains("MERGE", "MERGE"))
                .body("predecessors[0].effectiveDate", equalTo("2025-07-01"));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/lineage", first).then()
                .body("successors.code", contains(merged));
    }

    @Test
    void people_of_the_sources_are_offered_to_the_successor_not_granted() {
        Api.as(Api.ADMIN_A).body(mergeBody()).post("/api/v1/tenant-merges").then().statusCode(201);

        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/member-offers", merged).then().statusCode(200)
                .body("username", containsInAnyOrder(Api.VIEWER, Api.MEMBER, Api.ADMIN_B))
                .body("find { it.username == '" + Api.ADMIN_B + "' }.role", equalTo("TENANT_ADMIN"));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/members", merged).then().body("total", equalTo(0));
        Api.as(Api.ADMIN_B).get("/api/v1/tenants/{code}/units", merged).then().statusCode(404);

        Api.as(Api.ADMIN_A).post("/api/v1/tenants/{code}/suspend", merged).then().statusCode(200);
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/member-offers", merged).then().statusCode(200)
                .body("size()", equalTo(3));
    }

    @Test
    void a_caller_with_memberships_elsewhere_is_offered_exactly_the_people_of_the_sources() {
        Fixtures.addMember(first, Api.ADMIN_A, "VIEWER");
        Fixtures.addMember(Fixtures.newTenant(), Api.ADMIN_A, "TRAINER");
        Api.as(Api.ADMIN_A).body(mergeBody()).queryParam("dryRun", true).post("/api/v1/tenant-merges")
                .then().statusCode(200).body("membersToOffer", equalTo(4));

        Api.as(Api.ADMIN_A).body(mergeBody()).post("/api/v1/tenant-merges").then().statusCode(201);

        List<Map<String, String>> offers = Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/member-offers", merged)
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(offers).containsExactlyInAnyOrder(
                Map.of("username", Api.ADMIN_A, "role", "VIEWER", "fromTenantCode", first),
                Map.of("username", Api.VIEWER, "role", "VIEWER", "fromTenantCode", first),
                Map.of("username", Api.MEMBER, "role", "TEAM_MEMBER", "fromTenantCode", first),
                Map.of("username", Api.ADMIN_B, "role", "TENANT_ADMIN", "fromTenantCode", second));
    }

    @Test
    void the_move_history_of_a_child_shows_its_re_parenting_by_the_merge() {
        Api.as(Api.ADMIN_A).body(mergeBody()).post("/api/v1/tenant-merges").then().statusCode(201);

        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/lineage", school).then().statusCode(200)
                .body("moves.size()", equalTo(1))
                .body("moves[0].fromParentCode", equalTo(second))
                .body("moves[0].toParentCode", equalTo(merged))
                .body("moves[0].effectiveDate", equalTo("2025-07-01"));
        Api.as(Api.ADMIN_A).queryParam("entityType", "TenantMove").get("/api/v1/tenants/{code}/audit", merged)
                .then().statusCode(200).body("items.entityKey", contains(school));
    }

    @Test
    void a_roll_up_of_the_successor_or_the_district_counts_every_record_exactly_once() {
        Api.as(Api.ADMIN_A).body(mergeBody()).post("/api/v1/tenant-merges").then().statusCode(201);
        String later = Fixtures.newTenant(district);
        String successor = "M" + UUID.randomUUID().toString().substring(0, 8);
        Api.as(Api.ADMIN_A).body(Map.of("sourceCodes", List.of(merged, later), "target",
                Map.of("code", successor, "name", "Xã Mới", "kind", "COMMUNE", "parentCode", district),
                "effectiveDate", "2026-01-01")).post("/api/v1/tenant-merges").then().statusCode(201);

        assertThat(rollup(successor)).containsExactlyInAnyOrder(successor, merged, later, first, second, school);
        assertThat(rollup(district)).doesNotHaveDuplicates().contains(first, second, merged, later, successor);
        assertThat(membersCountedIn(successor)).isEqualTo(3);
        assertThat(membersCountedIn(district)).isEqualTo(4);
    }

    @Test
    void only_an_administrator_above_every_source_may_merge() {
        Api.as(Api.ADMIN_B).body(mergeBody()).post("/api/v1/tenant-merges").then().statusCode(404);
        Api.as(Api.VIEWER).body(mergeBody()).post("/api/v1/tenant-merges").then().statusCode(403);
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}", second).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void a_suspended_tenant_does_not_take_in_a_merge_and_nothing_changes() {
        String suspended = Fixtures.newTenant(district);
        Api.as(Api.ADMIN_A).post("/api/v1/tenants/{code}/suspend", suspended).then().statusCode(200);
        Api.as(Api.ADMIN_A).body(Map.of("sourceCodes", List.of(first), "target", Map.of("existingCode", suspended),
                        "effectiveDate", "2025-07-01")).post("/api/v1/tenant-merges")
                .then().statusCode(409).body("type", equalTo("urn:sohoa:problem:tenant-not-active"));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}", first).then().body("status", equalTo("ACTIVE"));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/units", suspended).then().body("total", equalTo(0));
    }

    @Test
    void a_successor_cannot_lie_below_a_tenant_the_merge_ends() {
        Api.as(Api.ADMIN_A).body(Map.of("sourceCodes", List.of(second), "target", Map.of("existingCode", school),
                        "effectiveDate", "2025-07-01")).post("/api/v1/tenant-merges")
                .then().statusCode(400).body("errors[0].field", equalTo("target"))
                .body("errors[0].message", containsString("lies below " + second));
        Api.as(Api.ADMIN_A).body(Map.of("sourceCodes", List.of(second), "target", Map.of("code", merged,
                        "name", "Xã Con", "kind", "COMMUNE", "parentCode", second), "effectiveDate", "2025-07-01"))
                .post("/api/v1/tenant-merges").then().statusCode(400).body("errors[0].field", equalTo("target"));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}", second).then().body("status", equalTo("ACTIVE"));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}", merged).then().statusCode(404);
    }

    @Test
    void lineage_and_offers_are_shown_only_to_those_who_may_see_them() {
        Api.as(Api.ADMIN_A).body(mergeBody()).post("/api/v1/tenant-merges").then().statusCode(201);

        Api.as(Api.ADMIN_B).get("/api/v1/tenants/{code}/lineage", merged).then().statusCode(404);
        Api.as(Api.ADMIN_B).get("/api/v1/tenants/{code}/member-offers", merged).then().statusCode(404);
        Api.as(Api.ADMIN_B).get("/api/v1/tenants/{code}/lineage", second).then().statusCode(200)
                .body("successors.code", contains(merged));
        Fixtures.addMember(merged, Api.VIEWER, "VIEWER");
        Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/member-offers", merged).then().statusCode(403);
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/lineage", "NO-SUCH").then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/member-offers", "NO-SUCH").then().statusCode(404);
    }

    @Test
    void an_ended_tenant_cannot_be_merged_again() {
        Api.as(Api.ADMIN_A).body(mergeBody()).post("/api/v1/tenant-merges").then().statusCode(201);
        Api.as(Api.ADMIN_A).body(Map.of("sourceCodes", List.of(first), "target", Map.of("existingCode", merged),
                "effectiveDate", "2025-08-01")).post("/api/v1/tenant-merges").then().statusCode(409);
    }

    @Test
    void bad_merge_requests_are_rejected_and_nothing_changes() {
        List<Map<String, Object>> bodies = List.of(
                Map.of("sourceCodes", List.of(), "target", Map.of("existingCode", district), "effectiveDate", "2025-07-01"),
                Map.of("sourceCodes", List.of(first), "target", Map.of("existingCode", second, "code", "X"),
                        "effectiveDate", "2025-07-01"),
                Map.of("sourceCodes", List.of(first), "target", Map.of("code", "X"), "effectiveDate", "2025-07-01"),
                Map.of("sourceCodes", List.of(first), "target", Map.of("existingCode", second)),
                Map.of("sourceCodes", List.of(first, first), "target", Map.of("existingCode", second),
                        "effectiveDate", "2025-07-01"),
                Map.of("sourceCodes", List.of(first), "target", Map.of("existingCode", first), "effectiveDate", "2025-07-01"),
                Map.of("sourceCodes", List.of("a b"), "target", Map.of("existingCode", second), "effectiveDate", "2025-07-01"));
        for (Map<String, Object> body : bodies) {
            Api.as(Api.ADMIN_A).body(body).post("/api/v1/tenant-merges").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}", first).then().body("status", equalTo("ACTIVE"));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/lineage", second).then().body("predecessors.size()", equalTo(0));
    }

    @SuppressWarnings("unchecked")
    private List<String> rollup(String code) {
        return work.inTenant(code, () -> em.createNativeQuery("select code from tenant_rollup(:code)")
                .setParameter("code", code).getResultList());
    }

    /** Sums membership records over the roll-up, each tenant read inside its own walls. */
    private long membersCountedIn(String code) {
        return rollup(code).stream().mapToLong(tenant -> work.inTenant(tenant, () -> ((Number) em
                .createNativeQuery("select count(*) from membership").getSingleResult()).longValue())).sum();
    }
}
