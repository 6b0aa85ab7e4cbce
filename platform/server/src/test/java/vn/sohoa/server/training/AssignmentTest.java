package vn.sohoa.server.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TenantSql;
import vn.sohoa.server.support.TestClock;

/**
 * Assignment rules enrol everyone who matches now and whoever matches later; the overview counts them per child
 * tenant from the tallies, never beyond the subtree.
 */
@QuarkusTest
class AssignmentTest {

    private static final String DUE = "2027-03-31";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_rule_enrols_everyone_matching_now_and_later_and_a_membership_that_ends_stops_counting_as_assigned()
            throws SQLException {
        clock.startAt(Instant.parse("2027-01-10T03:00:00Z"));
        String province = Fixtures.newTenant();
        String first = Fixtures.newTenant(province);
        String second = Fixtures.newTenant(province);
        String elsewhere = Fixtures.newTenant(Fixtures.newTenant());
        members(first, "TEAM_MEMBER", 3);
        members(first, "VIEWER", 1);
        members(second, "TEAM_MEMBER", 2);
        members(elsewhere, "TEAM_MEMBER", 2);
        int course = CourseDocs.published(province, CourseDocs.twoLessons());

        assign(province, course).then().statusCode(201).body("enrolled", equalTo(5)).body("under", equalTo(province));
        assign(province, course).then().statusCode(201).body("enrolled", equalTo(0));

        Fixtures.addMember(first, Api.MEMBER, "TEAM_MEMBER");
        Map<String, Object> mine = assignedTo(Api.MEMBER, course, first);
        assertThat(mine).containsEntry("assigned", true).containsEntry("dueDate", DUE).containsEntry("overdue", false);

        JsonPath overview = overview(province, course);
        assertThat(overview.getList("rows.tenantCode")).containsExactlyInAnyOrder(province, first, second);
        assertThat(overview.getString("rows[0].tenantCode")).isEqualTo(province);
        assertThat(overview.getInt("total.assigned")).isEqualTo(6);
        assertThat(overview.getInt("total.enrolled")).isEqualTo(6);
        assertThat(overview.getInt("rows.find { it.tenantCode == '" + first + "' }.assigned")).isEqualTo(4);
        assertThat(overview.getInt("total.teamMembersAssigned")).isEqualTo(6);

        int enrolment = (Integer) mine.get("enrolmentId");
        JsonPath outline = Api.as(Api.MEMBER).get("/api/v1/me/learning/{id}", enrolment).then().extract().jsonPath();
        for (Object lesson : outline.getList("sections[0].lessons.findAll { it.required }.id")) {
            Api.as(Api.MEMBER).post("/api/v1/me/learning/{id}/lessons/{lesson}/complete", enrolment, lesson)
                    .then().statusCode(200);
        }
        overview = overview(province, course);
        assertThat(overview.getInt("total.completed")).isEqualTo(1);
        assertThat(overview.getInt("total.teamMembersDone")).isEqualTo(1);
        assertThat(overview.getDouble("total.completionPercent")).isEqualTo(16.7);

        Api.as(Api.PROVINCE_ADMIN).delete("/api/v1/tenants/{code}/members/{username}", first, Api.MEMBER)
                .then().statusCode(204);
        overview = overview(province, course);
        assertThat(overview.getInt("total.assigned")).isEqualTo(5);
        assertThat(overview.getInt("total.enrolled")).isEqualTo(6);
        assertThat(overview.getInt("total.completed")).isEqualTo(1);
        assertThat(overview.getInt("total.teamMembersAssigned")).isEqualTo(5);
        assertThat(overview.getInt("total.teamMembersDone")).isEqualTo(0);
        assertThat(TenantSql.strings(dataSource, first, "select assigned::text from enrolment where username = ?",
                Api.MEMBER)).containsExactly("false");

        clock.startAt(Instant.parse("2027-04-01T03:00:00Z"));
        assertThat(overview(province, course).getInt("total.overdue")).isEqualTo(5);
        assertThat(overview(province, null).getInt("total.overdue")).isEqualTo(5);
    }

    @Test
    void the_overview_never_includes_tenants_outside_the_subtree() throws SQLException {
        clock.startAt(Instant.parse("2027-01-10T03:00:00Z"));
        String province = Fixtures.newTenant();
        String first = Fixtures.newTenant(province);
        String second = Fixtures.newTenant(province);
        members(first, "TEAM_MEMBER", 2);
        members(second, "TEAM_MEMBER", 3);
        Fixtures.addMember(first, Api.ADMIN_B, "TENANT_ADMIN");
        int course = CourseDocs.published(province, CourseDocs.twoLessons());
        assign(province, course).then().statusCode(201).body("enrolled", equalTo(5));

        JsonPath own = overview(Api.ADMIN_B, first, course);
        assertThat(own.getList("rows.tenantCode")).containsExactly(first);
        assertThat(own.getInt("total.assigned")).isEqualTo(2);
        Api.as(Api.ADMIN_B).get("/api/v1/tenants/{code}/training-overview", province).then().statusCode(404);
        Api.as(Api.ADMIN_B).get("/api/v1/tenants/{code}/training-overview", second).then().statusCode(404);
    }

    @Test
    void a_rule_outside_the_subtree_in_the_past_or_of_an_unpublished_course_is_refused() throws SQLException {
        clock.startAt(Instant.parse("2027-01-10T03:00:00Z"));
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        String other = Fixtures.newTenant();
        members(commune, "TEAM_MEMBER", 2);
        int course = CourseDocs.published(province, CourseDocs.twoLessons());
        int draft = CourseDocs.create(Api.PROVINCE_ADMIN, province, CourseDocs.twoLessons());

        Api.as(Api.PROVINCE_ADMIN).body(Map.of("courseId", course, "role", "TEAM_MEMBER", "under", other, "dueDate", DUE))
                .post("/api/v1/tenants/{code}/training-assignments", commune).then().statusCode(400)
                .body("errors.field", hasItem("under"));
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("courseId", course, "role", "TEAM_MEMBER", "dueDate", "2027-01-09"))
                .post("/api/v1/tenants/{code}/training-assignments", province).then().statusCode(400)
                .body("errors.field", hasItem("dueDate"));
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("courseId", draft, "role", "TEAM_MEMBER", "dueDate", DUE))
                .post("/api/v1/tenants/{code}/training-assignments", province).then().statusCode(404);
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("courseId", course, "role", "LEADER", "dueDate", DUE))
                .post("/api/v1/tenants/{code}/training-assignments", province).then().statusCode(400);
        assertThat(TenantSql.strings(dataSource, commune, "select count(*) from enrolment")).containsExactly("0");
    }

    static io.restassured.response.Response assign(String tenant, int course) {
        return Api.as(Api.PROVINCE_ADMIN).body(Map.of("courseId", course, "role", "TEAM_MEMBER", "dueDate", DUE))
                .post("/api/v1/tenants/{code}/training-assignments", tenant);
    }

    private static JsonPath overview(String tenant, Integer course) {
        return overview(Api.PROVINCE_ADMIN, tenant, course);
    }

    private static JsonPath overview(String username, String tenant, Integer course) {
        var request = Api.as(username);
        if (course != null) {
            request = request.queryParam("course", course);
        }
        return request.get("/api/v1/tenants/{code}/training-overview", tenant).then().statusCode(200)
                .extract().jsonPath();
    }

    private static Map<String, Object> assignedTo(String username, int course, String tenant) {
        List<Map<String, Object>> items = Api.as(username).get("/api/v1/me/learning").then().statusCode(200)
                .extract().path("items.findAll { it.courseId == " + course + " && it.tenantCode == '" + tenant + "' }");
        assertThat(items).hasSize(1);
        return items.getFirst();
    }

    /** Memberships of people without accounts here, written as the membership service would. */
    private void members(String tenant, String role, int count) throws SQLException {
        for (int i = 0; i < count; i++) {
            String subject = UUID.randomUUID().toString();
            TenantSql.update(dataSource, tenant, "insert into membership (tenant_id, user_subject, username, role) "
                    + "values (?, ?, ?, ?)", tenant, subject, "p-" + subject.substring(0, 8), role);
        }
    }
}
