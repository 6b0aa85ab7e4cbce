package vn.sohoa.server.pilots;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TestClock;

/**
 * The governing level's inbox lists the pilots below it that wait for its decision, and nothing of another
 * subtree, of the tenant itself or of a pilot that waits for nobody, the oldest proposal first; only an
 * administrator reads it.
 */
@QuarkusTest
class PilotInboxTest {

    static final String INBOX = "/api/v1/tenants/{code}/pilots-inbox";

    @Inject
    TestClock clock;

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

    @AfterEach
    void the_clock_runs_on_the_systems_time_again() {
        clock.reset();
    }

    @Test
    void the_oldest_proposal_comes_first_whatever_its_status_and_a_proposal_made_again_counts_from_its_last_day() {
        PilotFixtures own = new PilotFixtures();
        int proposedThird = own.draftPilot();
        int proposedFirst = own.draftPilot();
        int proposedAgainLast = own.draftPilot();
        on("2026-03-01");
        own.step(Api.ADMIN_A, proposedAgainLast, "PROPOSE");
        on("2026-03-02");
        own.step(Api.ADMIN_A, proposedFirst, "PROPOSE");
        own.step(Api.ADMIN_B, proposedAgainLast, "RETURN");
        on("2026-03-05");
        int reviewedSecond = own.runningPilot();
        own.step(Api.ADMIN_A, reviewedSecond, "REVIEW");
        on("2026-03-09");
        own.step(Api.ADMIN_A, proposedThird, "PROPOSE");
        on("2026-03-12");
        own.step(Api.ADMIN_A, proposedAgainLast, "PROPOSE");

        Api.as(Api.ADMIN_B).get(INBOX, own.province).then().statusCode(200)
                .body("items.pilotId", contains(proposedFirst, reviewedSecond, proposedThird, proposedAgainLast))
                .body("items.proposedOn", contains("2026-03-02", "2026-03-05", "2026-03-09", "2026-03-12"));
    }

    /** Nine in the morning of this day in Vietnam. */
    private void on(String day) {
        clock.startAt(Instant.parse(day + "T02:00:00Z"));
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
