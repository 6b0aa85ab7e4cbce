package vn.sohoa.server.teams;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** Every kind of bad team or member request is a 400 problem naming the field, and nothing is written. */
@QuarkusTest
class TeamBadInputTest {

    String tenant;
    int team;

    @BeforeEach
    void a_tenant_with_one_empty_team() {
        tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addUnit(tenant, "AP1");
        team = TeamsTest.newTeam(tenant, "AP1");
    }

    @AfterEach
    void nothing_was_written() {
        Api.as(Api.ADMIN_A).get(TeamsTest.TEAMS, tenant).then().body("total", equalTo(1))
                .body("items[0].name", equalTo("Tổ CNS AP1"));
        Api.as(Api.ADMIN_A).get(TeamsTest.MEMBERS, tenant, team).then().body("size()", equalTo(0));
    }

    static Stream<Arguments> bad_teams() {
        return Stream.of(
                Arguments.of("unknown sub-unit", "{\"name\": \"Tổ\", \"unitCode\": \"AP9\"}", "unitCode"),
                Arguments.of("missing sub-unit", "{\"name\": \"Tổ\"}", "unitCode"),
                Arguments.of("blank name", "{\"name\": \" \", \"unitCode\": \"AP1\"}", "name"),
                Arguments.of("oversized name", "{\"name\": \"" + "T".repeat(201) + "\", \"unitCode\": \"AP1\"}", "name"),
                Arguments.of("unknown field", "{\"name\": \"Tổ\", \"unitCode\": \"AP1\", \"tenantId\": \"X\"}", "tenantId"),
                Arguments.of("malformed JSON", "{\"name\": ", "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_teams")
    void a_bad_team_is_rejected(String why, String body, String field) {
        var response = Api.as(Api.ADMIN_A).body(body).post(TeamsTest.TEAMS, tenant).then().statusCode(400)
                .contentType("application/problem+json");
        if (!field.equals("body")) {
            response.body("errors.field", hasItem(field));
        }
    }

    static Stream<Arguments> bad_members() {
        return Stream.of(
                Arguments.of("blank name", Map.of("fullName", " ", "role", "MEMBER"), "fullName"),
                Arguments.of("unknown role", Map.of("fullName", "Hoa", "role", "CHAIR"), "role"),
                Arguments.of("missing role", Map.of("fullName", "Hoa"), "role"),
                Arguments.of("letters for a phone", Map.of("fullName", "Hoa", "role", "MEMBER", "phone", "gọi Zalo"), "phone"),
                Arguments.of("account of no member", Map.of("fullName", "Hoa", "role", "MEMBER", "username", Api.ADMIN_B), "username"),
                Arguments.of("end before start", Map.of("fullName", "Hoa", "role", "MEMBER", "startDate", "2026-05-01",
                        "endDate", "2026-04-01"), "endDate"),
                Arguments.of("not a date", Map.of("fullName", "Hoa", "role", "MEMBER", "startDate", "hôm qua"), "startDate"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_members")
    void a_bad_member_is_rejected(String why, Map<String, Object> body, String field) {
        Api.as(Api.ADMIN_A).body(body).post(TeamsTest.MEMBERS, tenant, team).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
