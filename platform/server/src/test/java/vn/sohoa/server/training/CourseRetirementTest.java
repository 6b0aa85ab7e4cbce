package vn.sohoa.server.training;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TenantSql;
import vn.sohoa.server.support.Tokens;

/**
 * Taking a course out of use: a draft never published is deleted with its files; a published course is withdrawn,
 * so nobody enrols any more while its learners keep their progress and certificates. Both are audited, refused to
 * anyone but the course's own authors, and refused where the course's state forbids them.
 */
@QuarkusTest
class CourseRetirementTest {

    private static final String COURSE = "/api/v1/tenants/{code}/courses/{id}";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_draft_never_published_is_deleted_with_its_files_and_the_deletion_is_audited() throws SQLException {
        String province = Fixtures.newTenant();
        int course = CourseDocs.create(Api.PROVINCE_ADMIN, province, CourseDocs.twoLessons());
        int file = given().auth().oauth2(Tokens.of(Api.PROVINCE_ADMIN)).contentType("application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"tai-lieu.pdf\"").body(LessonFileTest.pdf(3000))
                .post(COURSE + "/files", province, course).then().statusCode(201).extract().path("fileId");

        Api.as(Api.PROVINCE_ADMIN).delete(COURSE, province, course).then().statusCode(204);

        Api.as(Api.PROVINCE_ADMIN).get(COURSE, province, course).then().statusCode(404);
        Api.as(Api.PROVINCE_ADMIN).delete(COURSE, province, course).then().statusCode(404);
        assertThat(TenantSql.strings(dataSource, province, "select count(*) from stored_file where id = ?", (long) file))
                .containsExactly("0");
        assertThat(TenantSql.strings(dataSource, province, """
                select entity_type || ' ' || action || ' ' || actor_username from audit_entry
                where entity_type in ('Course', 'CourseFile') and action = 'DELETE' order by entity_type""")).containsExactly(
                "Course DELETE " + Api.PROVINCE_ADMIN, "CourseFile DELETE " + Api.PROVINCE_ADMIN);
    }

    @Test
    void a_published_course_is_withdrawn_and_its_learners_keep_progress_and_certificate() throws SQLException {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.MEMBER, "TEAM_MEMBER");
        Fixtures.addMember(commune, Api.VIEWER, "TEAM_MEMBER");
        int course = CourseDocs.published(province, CourseDocs.twoLessons());
        int enrolment = LearningTest.enrolAs(Api.MEMBER, commune, course);
        List<Integer> lessons = Api.as(Api.MEMBER).get("/api/v1/me/learning/{id}", enrolment).then().statusCode(200)
                .extract().jsonPath().getList("sections[0].lessons.id");
        for (int lesson : lessons.subList(0, 2)) {
            Api.as(Api.MEMBER).post("/api/v1/me/learning/{id}/lessons/{lesson}/complete", enrolment, lesson)
                    .then().statusCode(200);
        }

        Api.as(Api.PROVINCE_ADMIN).delete(COURSE, province, course).then().statusCode(409)
                .body("detail", containsString("withdraw it instead"));
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("version", 0)).post(COURSE + "/withdraw", province, course)
                .then().statusCode(409).body("type", equalTo("urn:sohoa:problem:stale-version"));
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("version", version(province, course))).post(COURSE + "/withdraw", province, course)
                .then().statusCode(200).body("withdrawnAt", notNullValue());

        // Nobody enrols any more, and the commune's catalogue no longer offers it.
        Api.as(Api.VIEWER).body(Map.of()).post(COURSE + "/enrolments", commune, course).then().statusCode(409)
                .body("detail", containsString("withdrawn"));
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("username", Api.VIEWER)).post(COURSE + "/enrolments", commune, course)
                .then().statusCode(409);
        Api.as(Api.MEMBER).get("/api/v1/tenants/{code}/courses?size=100", commune).then().statusCode(200)
                .body("items.id", not(hasItem(course)));
        // The learner keeps the completed course and its certificate.
        Api.as(Api.MEMBER).get("/api/v1/me/learning").then().statusCode(200)
                .body("items.find { it.enrolmentId == " + enrolment + " }.percent", equalTo(100));
        Api.as(Api.MEMBER).get("/api/v1/me/certificates").then().statusCode(200)
                .body("findAll { it.issuerCode == '" + province + "' }.size()", equalTo(1));
        // It is published no more, and withdrawn once.
        Api.as(Api.PROVINCE_ADMIN).post(COURSE + "/publish", province, course).then().statusCode(409);
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("version", version(province, course))).post(COURSE + "/withdraw", province, course)
                .then().statusCode(409).body("detail", containsString("already withdrawn"));
        assertThat(TenantSql.strings(dataSource, province, """
                select action || ' ' || actor_username || ' ' || (changes -> 'withdrawn_at' ->> 'before' is null)
                from audit_entry where entity_type = 'Course' and jsonb_exists(changes, 'withdrawn_at')"""))
                .containsExactly("UPDATE " + Api.PROVINCE_ADMIN + " true");
    }

    @Test
    void an_assignment_rule_of_a_withdrawn_course_enrols_nobody_who_joins_afterwards() throws SQLException {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.MEMBER, "TEAM_MEMBER");
        int course = CourseDocs.published(province, CourseDocs.twoLessons());
        AssignmentTest.assign(province, course).then().statusCode(201).body("enrolled", equalTo(1));
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("version", version(province, course))).post(COURSE + "/withdraw", province, course)
                .then().statusCode(200);

        Fixtures.addMember(commune, Api.VIEWER, "TEAM_MEMBER");

        assertThat(TenantSql.strings(dataSource, commune,
                "select username || ' ' || assigned from enrolment where course_id = ? order by username", (long) course))
                .containsExactly(Api.MEMBER + " true");
    }

    @Test
    void a_draft_cannot_be_withdrawn() {
        String province = Fixtures.newTenant();
        int course = CourseDocs.create(Api.PROVINCE_ADMIN, province, CourseDocs.twoLessons());

        Api.as(Api.PROVINCE_ADMIN).body(Map.of("version", version(province, course))).post(COURSE + "/withdraw", province, course)
                .then().statusCode(409).body("detail", containsString("delete it instead"));
        Api.as(Api.PROVINCE_ADMIN).body(Map.of()).post(COURSE + "/withdraw", province, course)
                .then().statusCode(400).body("detail", containsString("version"));
    }

    @Test
    void only_the_courses_own_authors_delete_or_withdraw_it() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        String sibling = Fixtures.newTenant(province);
        Fixtures.addMember(province, Api.VIEWER, "VIEWER");
        Fixtures.addMember(commune, Api.ADMIN_A, "TRAINER");
        Fixtures.addMember(sibling, Api.ADMIN_B, "TRAINER");
        int draft = CourseDocs.create(Api.PROVINCE_ADMIN, province, CourseDocs.twoLessons());
        int published = CourseDocs.published(province, CourseDocs.twoLessons());
        int communeDraft = CourseDocs.create(Api.ADMIN_A, commune, CourseDocs.twoLessons());
        Map<String, Object> current = Map.of("version", version(province, published));

        Api.as(Api.VIEWER).delete(COURSE, province, draft).then().statusCode(403);
        Api.as(Api.VIEWER).body(current).post(COURSE + "/withdraw", province, published).then().statusCode(403);
        // A trainer of a commune below, or of a sibling, cannot reach the province's course nor a sibling's.
        Api.as(Api.ADMIN_A).delete(COURSE, commune, draft).then().statusCode(404);
        Api.as(Api.ADMIN_A).body(current).post(COURSE + "/withdraw", commune, published).then().statusCode(404);
        Api.as(Api.ADMIN_B).delete(COURSE, sibling, communeDraft).then().statusCode(404);
        Api.as(Api.ADMIN_B).delete(COURSE, commune, communeDraft).then().statusCode(404);

        Api.as(Api.PROVINCE_ADMIN).get(COURSE, province, draft).then().statusCode(200);
        Api.as(Api.PROVINCE_ADMIN).get(COURSE, province, published).then().statusCode(200)
                .body("withdrawnAt", equalTo(null));
        Api.as(Api.ADMIN_A).get(COURSE, commune, communeDraft).then().statusCode(200);
    }

    private static int version(String tenant, int course) {
        return Api.as(Api.PROVINCE_ADMIN).get(COURSE, tenant, course).then().statusCode(200).extract().path("version");
    }
}
