package vn.sohoa.server.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/**
 * Team members' phone numbers are for the people who run the commune's teams: its own administrators and
 * team leaders. Those who monitor it from above, and its viewers, see the members without a number.
 */
@QuarkusTest
class TeamMemberPhonesTest {

    private static final String PHONE = "0912 345 678";

    String commune;
    int team;
    int member;

    @BeforeEach
    void a_commune_under_a_province_with_a_team_member_who_has_a_phone() {
        String province = Fixtures.newTenant();
        commune = Fixtures.newTenant(province);
        Fixtures.addMember(province, Api.VIEWER, "VIEWER");
        Fixtures.addMember(province, Api.ADMIN_B, "TENANT_ADMIN");
        Fixtures.addMember(commune, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(commune, Api.MEMBER, "TEAM_LEADER");
        Fixtures.addUnit(commune, "AP1");
        team = TeamsTest.newTeam(commune, "AP1");
        member = Api.as(Api.ADMIN_A).body(Map.of("fullName", "Lê Thị Hoa", "role", "MEMBER", "phone", PHONE))
                .post(TeamsTest.MEMBERS, commune, team).then().statusCode(201).body("phone", equalTo(PHONE))
                .extract().path("id");
    }

    private List<String> phonesSeenBy(String username) {
        var members = Api.as(username).get(TeamsTest.MEMBERS, commune, team).then().statusCode(200)
                .extract().jsonPath();
        return members.getList("phone");
    }

    @Test
    void the_communes_own_administrator_and_team_leader_read_the_phone_number() {
        assertThat(phonesSeenBy(Api.ADMIN_A)).containsExactly(PHONE);
        assertThat(phonesSeenBy(Api.MEMBER)).containsExactly(PHONE);
    }

    @Test
    void a_viewer_of_the_province_and_administrators_above_the_commune_read_no_phone_number() {
        assertThat(phonesSeenBy(Api.VIEWER)).containsExactly((String) null);
        assertThat(phonesSeenBy(Api.ADMIN_B)).containsExactly((String) null);
        assertThat(phonesSeenBy(Api.PROVINCE_ADMIN)).containsExactly((String) null);
    }

    @Test
    void an_administrator_above_who_changes_a_member_neither_sees_nor_clears_the_phone_number() {
        Api.as(Api.ADMIN_B).body(Map.of("fullName", "Lê Thị Hoà", "role", "MEMBER", "version", 0))
                .put(TeamsTest.MEMBERS + "/{member}", commune, team, member).then().statusCode(200)
                .body("fullName", equalTo("Lê Thị Hoà")).body("phone", equalTo(null));

        assertThat(phonesSeenBy(Api.ADMIN_A)).containsExactly(PHONE);
    }

    @Test
    void the_audit_trail_which_administrators_above_read_and_export_says_a_number_was_set_but_not_which() {
        Api.as(Api.ADMIN_A).body(Map.of("fullName", "Lê Thị Hoa", "role", "MEMBER", "phone", "0987 654 321",
                "version", 0)).put(TeamsTest.MEMBERS + "/{member}", commune, team, member).then().statusCode(200);

        String trail = Api.as(Api.ADMIN_B).queryParam("entityType", "TeamMember")
                .get("/api/v1/tenants/{code}/audit", commune).then().statusCode(200).extract().asString();
        String export = Api.as(Api.ADMIN_B).accept("text/csv").queryParam("entityType", "TeamMember")
                .get("/api/v1/tenants/{code}/audit/export", commune).then().statusCode(200).extract().asString();
        assertThat(trail).contains("Lê Thị Hoa", "hidden, changed").doesNotContain(PHONE, "0987 654 321");
        assertThat(export).contains("Lê Thị Hoa", "hidden").doesNotContain(PHONE, "0987 654 321");
    }
}
