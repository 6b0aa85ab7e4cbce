package vn.sohoa.server.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TestClock;

/** Teams in hamlets, their members over time, and the hamlets left without an active team. */
@QuarkusTest
class TeamsTest {

    static final String TEAMS = "/api/v1/tenants/{code}/teams";
    static final String MEMBERS = TEAMS + "/{id}/members";
    static final String UNCOVERED = "/api/v1/tenants/{code}/units-without-active-team";

    /** 00:30 on 2 December in Vietnam, still 1 December in UTC. */
    static final Instant JUST_AFTER_MIDNIGHT_IN_VIETNAM = Instant.parse("2026-12-01T17:30:00Z");

    @Inject
    TestClock clock;

    String tenant;

    @BeforeEach
    void a_tenant_with_two_hamlets_an_admin_a_viewer_and_a_team_member() {
        clock.startAt(JUST_AFTER_MIDNIGHT_IN_VIETNAM);
        tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(tenant, Api.VIEWER, "VIEWER");
        Fixtures.addMember(tenant, Api.MEMBER, "TEAM_MEMBER");
        Fixtures.addUnit(tenant, "AP1");
        Fixtures.addUnit(tenant, "AP2");
    }

    @AfterEach
    void the_clock_runs_on_the_systems_time_again() {
        clock.reset();
    }

    LocalDate today() {
        return VietnamCalendar.today(clock);
    }

    static int newTeam(String tenant, String unitCode) {
        return Api.as(Api.ADMIN_A).body(Map.of("name", "Tổ CNS " + unitCode, "unitCode", unitCode))
                .post(TEAMS, tenant).then().statusCode(201).body("active", equalTo(false))
                .body("unitCode", equalTo(unitCode)).extract().path("id");
    }

    List<String> uncovered() {
        return Api.as(Api.VIEWER).get(UNCOVERED, tenant).then().statusCode(200).extract().jsonPath().getList("code");
    }

    @Test
    void a_team_with_a_current_member_is_active_and_its_hamlet_is_covered() {
        int team = newTeam(tenant, "AP1");
        assertThat(uncovered()).containsExactly("AP1", "AP2");
        Api.as(Api.ADMIN_A).body(Map.of("fullName", "Phạm Văn Dũng", "role", "LEADER", "phone", "0912 345 678",
                        "username", Api.MEMBER))
                .post(MEMBERS, tenant, team).then().statusCode(201)
                .body("username", equalTo(Api.MEMBER)).body("startDate", equalTo(today().toString()));
        Api.as(Api.VIEWER).get(TEAMS, tenant).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].active", equalTo(true)).body("items[0].currentMembers", equalTo(1));
        assertThat(uncovered()).containsExactly("AP2");
    }

    @Test
    void ending_the_last_membership_makes_the_team_inactive_but_keeps_the_member() {
        int team = newTeam(tenant, "AP1");
        int member = Api.as(Api.ADMIN_A).body(Map.of("fullName", "Lê Thị Hoa", "role", "MEMBER",
                        "startDate", today().minusMonths(3).toString()))
                .post(MEMBERS, tenant, team).then().statusCode(201).body("username", nullValue()).extract().path("id");
        Api.as(Api.ADMIN_A).body(Map.of("fullName", "Lê Thị Hoa", "role", "MEMBER",
                        "startDate", today().minusMonths(3).toString(), "endDate", today().toString(), "version", 0))
                .put(MEMBERS + "/{member}", tenant, team, member).then().statusCode(200)
                .body("endDate", equalTo(today().toString()));
        Api.as(Api.VIEWER).get(TEAMS + "/{id}", tenant, team).then().statusCode(200).body("active", equalTo(false));
        Api.as(Api.VIEWER).get(MEMBERS, tenant, team).then().statusCode(200).body("size()", equalTo(1));
        assertThat(uncovered()).containsExactly("AP1", "AP2");
    }

    @Test
    void a_member_who_starts_later_does_not_make_the_team_active_yet() {
        int team = newTeam(tenant, "AP2");
        Api.as(Api.ADMIN_A).body(Map.of("fullName", "Trần Văn Nam", "role", "LEADER",
                "startDate", today().plusDays(7).toString())).post(MEMBERS, tenant, team).then().statusCode(201);
        Api.as(Api.VIEWER).get(TEAMS + "/{id}", tenant, team).then().body("active", equalTo(false));
    }

    @Test
    void a_team_is_renamed_with_its_version_and_a_stale_version_is_refused() {
        int team = newTeam(tenant, "AP1");
        Api.as(Api.ADMIN_A).body(Map.of("name", "Tổ ấp Một", "unitCode", "AP2", "version", 0))
                .put(TEAMS + "/{id}", tenant, team).then().statusCode(200)
                .body("name", equalTo("Tổ ấp Một")).body("unitCode", equalTo("AP2")).body("version", equalTo(1));
        Api.as(Api.ADMIN_A).body(Map.of("name", "Tổ cũ", "unitCode", "AP1", "version", 0))
                .put(TEAMS + "/{id}", tenant, team).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void a_team_without_members_can_be_deleted_one_with_members_cannot() {
        int empty = newTeam(tenant, "AP1");
        int staffed = newTeam(tenant, "AP2");
        Api.as(Api.ADMIN_A).body(Map.of("fullName", "Ngô Văn Tư", "role", "LEADER")).post(MEMBERS, tenant, staffed)
                .then().statusCode(201);
        Api.as(Api.ADMIN_A).delete(TEAMS + "/{id}", tenant, empty).then().statusCode(204);
        Api.as(Api.ADMIN_A).delete(TEAMS + "/{id}", tenant, staffed).then().statusCode(409)
                .contentType("application/problem+json");
        Api.as(Api.VIEWER).get(TEAMS, tenant).then().body("total", equalTo(1));
    }

    @Test
    void a_hamlet_with_a_team_cannot_be_deleted() {
        newTeam(tenant, "AP1");
        Api.as(Api.ADMIN_A).delete("/api/v1/tenants/{code}/units/AP1", tenant).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("has teams or support records"));
        Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/units/AP1", tenant).then().statusCode(200);
    }

    @Test
    void only_a_tenant_administrator_sets_up_teams() {
        int team = newTeam(tenant, "AP1");
        Api.as(Api.VIEWER).body(Map.of("name", "Tổ", "unitCode", "AP2")).post(TEAMS, tenant).then().statusCode(403);
        Api.as(Api.MEMBER).body(Map.of("fullName", "Ai đó", "role", "MEMBER")).post(MEMBERS, tenant, team)
                .then().statusCode(403);
        Api.as(Api.VIEWER).get(TEAMS, tenant).then().statusCode(200).body("total", equalTo(1));
        Api.as(Api.VIEWER).get(MEMBERS, tenant, team).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void tenant_b_cannot_see_or_change_the_teams_of_tenant_a() {
        int team = newTeam(tenant, "AP1");
        String other = Fixtures.newTenant();
        Fixtures.addMember(other, Api.ADMIN_B, "TENANT_ADMIN");
        Api.as(Api.ADMIN_B).get(TEAMS, tenant).then().statusCode(404);
        Api.as(Api.ADMIN_B).get(UNCOVERED, tenant).then().statusCode(404);
        Api.as(Api.ADMIN_B).body(Map.of("name", "Tổ", "unitCode", "AP1")).post(TEAMS, tenant).then().statusCode(404);
        Api.as(Api.ADMIN_B).body(Map.of("fullName", "Kẻ lạ", "role", "MEMBER")).post(MEMBERS, tenant, team)
                .then().statusCode(404);
        // The team's id does not reach it through the other tenant either.
        Api.as(Api.ADMIN_B).get(TEAMS + "/{id}", other, team).then().statusCode(404);
        Api.as(Api.ADMIN_B).body(Map.of("fullName", "Kẻ lạ", "role", "MEMBER")).post(MEMBERS, other, team)
                .then().statusCode(404);
        Api.as(Api.ADMIN_B).delete(TEAMS + "/{id}", other, team).then().statusCode(404);
        Api.as(Api.VIEWER).get(MEMBERS, tenant, team).then().body("size()", equalTo(0));
    }
}
