package vn.sohoa.server.pilots;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/**
 * The governing level's inbox lists the pilots below it that wait for its decision, and nothing of another
 * subtree, of the tenant itself or of a pilot that waits for nobody; only an administrator reads it.
 */
@QuarkusTest
class PilotInboxTest {

    static final String INBOX = "/api/v1/tenants/{code}/pilots-inbox";

    PilotFixtures world;
    int proposed;
    int reviewed;

    @BeforeEach
    void a_proposal_a_review_and_a_draft_in_the_first_commune() {
        world = new PilotFixtures();
        proposed = world.draftPilot();
        world.step(Api.ADMIN_A, proposed, "PROPOSE");
        reviewed = world.runningPilot();
        world.step(Api.ADMIN_A, reviewed, "REVIEW");
        world.draftPilot();
    }

    @Test
    void the_province_sees_the_proposal_and_the_review_waiting_below_it() {
        Api.as(Api.ADMIN_B).get(INBOX, world.province).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.pilotId", contains(proposed, reviewed))
                .body("items.status", contains("PROPOSED", "REVIEWED"))
                .body("items.tenantCode", contains(world.commune, world.commune))
                .body("items.selfAssessed", contains(false, false));
        Api.as(Api.ADMIN_B).queryParam("size", 1).queryParam("page", 1).get(INBOX, world.province).then()
                .statusCode(200).body("total", equalTo(2)).body("items.pilotId", contains(reviewed));
    }

    @Test
    void a_unit_never_finds_its_own_pilots_in_an_inbox_and_a_sibling_cannot_read_the_communes() {
        Api.as(Api.ADMIN_A).get(INBOX, world.commune).then().statusCode(200).body("total", equalTo(0));
        Api.as(Api.MEMBER).get(INBOX, world.sibling).then().statusCode(200).body("total", equalTo(0));
        Api.as(Api.MEMBER).get(INBOX, world.commune).then().statusCode(404);
        Api.as(Api.MEMBER).get(INBOX, world.province).then().statusCode(404);
    }

    @Test
    void another_provinces_administrator_sees_nothing_of_this_province() {
        String other = Fixtures.newTenant();
        Fixtures.newTenant(other);
        Fixtures.addMember(other, Api.ADMIN_A, "TENANT_ADMIN");
        Api.as(Api.ADMIN_A).get(INBOX, other).then().statusCode(200).body("total", equalTo(0))
                .body("items", equalTo(List.of()));
    }

    @Test
    void a_viewer_of_the_province_may_not_read_its_inbox() {
        Fixtures.addMember(world.province, Api.VIEWER, "VIEWER");
        Api.as(Api.VIEWER).get(INBOX, world.province).then().statusCode(403);
    }

    @Test
    void a_page_size_out_of_bounds_is_a_clear_400() {
        Api.as(Api.ADMIN_B).queryParam("size", 0).get(INBOX, world.province).then().statusCode(400);
    }
}
