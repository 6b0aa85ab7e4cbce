package vn.sohoa.server.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** A course is seen where it belongs and where it is shared, edited only where it belongs. */
@QuarkusTest
class CourseIsolationTest {

    @Test
    void a_course_not_shared_to_a_tenant_is_invisible_there() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.VIEWER, "VIEWER");
        int own = CourseDocs.published(province, CourseDocs.with(CourseDocs.twoLessons(), "sharing", "OWN"));
        int shared = CourseDocs.published(province, CourseDocs.twoLessons());
        int draft = CourseDocs.create(Api.PROVINCE_ADMIN, province, CourseDocs.twoLessons());

        List<Integer> listed = Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/courses", commune)
                .then().statusCode(200).extract().path("items.id");
        assertThat(listed).containsExactly(shared);
        Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/courses/{id}", commune, own).then().statusCode(404);
        Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/courses/{id}", commune, draft).then().statusCode(404);
        Api.as(Api.VIEWER).body(Map.of()).post("/api/v1/tenants/{code}/courses/{id}/enrolments", commune, own)
                .then().statusCode(404);
    }

    @Test
    void a_published_course_shared_wider_in_its_draft_reaches_no_one_new_until_the_draft_is_published() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.VIEWER, "VIEWER");
        Map<String, Object> own = CourseDocs.with(CourseDocs.twoLessons(), "sharing", "OWN");
        int course = CourseDocs.published(province, own);
        Number version = Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}/courses/{id}", province, course)
                .then().statusCode(200).extract().path("version");
        Api.as(Api.PROVINCE_ADMIN).body(CourseDocs.with(CourseDocs.with(own, "sharing", "DESCENDANTS"), "version", version))
                .put("/api/v1/tenants/{code}/courses/{id}", province, course).then().statusCode(200);

        List<Integer> listed = Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/courses", commune)
                .then().statusCode(200).extract().path("items.id");
        assertThat(listed).doesNotContain(course);
        Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/courses/{id}", commune, course).then().statusCode(404);
        Api.as(Api.VIEWER).body(Map.of()).post("/api/v1/tenants/{code}/courses/{id}/enrolments", commune, course)
                .then().statusCode(404);

        Api.as(Api.PROVINCE_ADMIN).post("/api/v1/tenants/{code}/courses/{id}/publish", province, course).then()
                .statusCode(200).body("version", equalTo(2));
        listed = Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/courses", commune)
                .then().statusCode(200).extract().path("items.id");
        assertThat(listed).contains(course);
        Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/courses/{id}", commune, course).then().statusCode(200);
    }

    @Test
    void a_course_shared_down_is_invisible_to_another_province_and_to_kinds_not_named() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        String otherProvince = Fixtures.newTenant();
        Fixtures.addMember(commune, Api.VIEWER, "VIEWER");
        Fixtures.addMember(otherProvince, Api.VIEWER, "VIEWER");
        int shared = CourseDocs.published(province, CourseDocs.twoLessons());
        int schoolsOnly = CourseDocs.published(province, CourseDocs.with(CourseDocs.twoLessons(), "sharedKinds",
                List.of("SCHOOL")));

        List<Integer> listed = Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/courses", commune)
                .then().statusCode(200).extract().path("items.id");
        assertThat(listed).contains(shared).doesNotContain(schoolsOnly);
        List<Integer> elsewhere = Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/courses", otherProvince)
                .then().statusCode(200).extract().path("items.id");
        assertThat(elsewhere).doesNotContain(shared, schoolsOnly);
        Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/courses/{id}", otherProvince, shared).then().statusCode(404);
    }

    @Test
    void a_shared_course_shows_its_published_version_without_the_question_bank() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.VIEWER, "VIEWER");
        int quiz = CourseDocs.published(province, CourseDocs.withQuiz(2, 3, null));

        String body = Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/courses/{id}", commune, quiz)
                .then().statusCode(200).body("draft", equalTo(false)).body("publishedVersion", equalTo(1))
                .body("content.questions.size()", equalTo(0)).extract().asString();
        assertThat(body).doesNotContain("correct");
    }

    @Test
    void a_trainer_of_a_commune_cannot_edit_the_provinces_course_but_makes_courses_in_the_commune() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.ADMIN_A, "TRAINER");
        int provinces = CourseDocs.published(province, CourseDocs.twoLessons());
        Map<String, Object> edit = CourseDocs.with(CourseDocs.with(CourseDocs.twoLessons(), "version", 1), "title", "Đổi");

        Api.as(Api.ADMIN_A).body(edit).put("/api/v1/tenants/{code}/courses/{id}", province, provinces).then().statusCode(404);
        Api.as(Api.ADMIN_A).body(edit).put("/api/v1/tenants/{code}/courses/{id}", commune, provinces).then().statusCode(404);
        Api.as(Api.ADMIN_A).post("/api/v1/tenants/{code}/courses/{id}/publish", commune, provinces).then().statusCode(404);
        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}/courses/{id}", province, provinces)
                .then().statusCode(200).body("content.title", equalTo("Kỹ năng số cơ bản"));

        int communes = CourseDocs.create(Api.ADMIN_A, commune, CourseDocs.twoLessons());
        Api.as(Api.ADMIN_A).post("/api/v1/tenants/{code}/courses/{id}/publish", commune, communes)
                .then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void a_viewer_may_read_but_not_make_courses_nor_see_the_drafts_of_its_own_tenant() {
        String province = Fixtures.newTenant();
        Fixtures.addMember(province, Api.VIEWER, "VIEWER");
        int draft = CourseDocs.create(Api.PROVINCE_ADMIN, province, CourseDocs.twoLessons());
        List<Integer> listed = Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/courses", province)
                .then().statusCode(200).body("total", equalTo(0)).extract().path("items.id");
        assertThat(listed).doesNotContain(draft);
        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}/courses", province).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(draft));
        Api.as(Api.VIEWER).body(CourseDocs.twoLessons()).post("/api/v1/tenants/{code}/courses", province)
                .then().statusCode(403);
    }
}
