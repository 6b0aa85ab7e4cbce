package vn.sohoa.server.training;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** Content that cannot be a draft or be published is refused with a 400 naming it, and nothing is written. */
@QuarkusTest
class CourseBadInputTest {

    @Test
    void publishing_a_course_with_no_lessons_is_refused_naming_it() {
        String province = Fixtures.newTenant();
        int id = CourseDocs.create(Api.PROVINCE_ADMIN, province, CourseDocs.course(List.of(CourseDocs.section("Trống",
                List.of())), List.of()));
        Api.as(Api.PROVINCE_ADMIN).post("/api/v1/tenants/{code}/courses/{id}/publish", province, id)
                .then().statusCode(400).body("errors.field", hasItem("sections"))
                .body("detail", containsString("at least one lesson"));
        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}/courses/{id}", province, id)
                .then().statusCode(200).body("publishedVersion", equalTo(0));
    }

    @Test
    void publishing_a_quiz_with_a_question_without_a_correct_option_is_refused_naming_the_question() {
        String province = Fixtures.newTenant();
        Map<String, Object> course = CourseDocs.withQuiz(1, 1, null);
        course.put("questions", List.of(Map.of("kind", "SINGLE", "text", "Câu không có đáp án", "options",
                List.of(Map.of("text", "A", "correct", false), Map.of("text", "B", "correct", false)))));
        int id = CourseDocs.create(Api.PROVINCE_ADMIN, province, course);
        Api.as(Api.PROVINCE_ADMIN).post("/api/v1/tenants/{code}/courses/{id}/publish", province, id)
                .then().statusCode(400).body("errors.field", hasItem("questions[0].options"))
                .body("detail", containsString("Câu không có đáp án"));
    }

    @Test
    void a_quiz_drawing_more_questions_than_its_bank_holds_is_refused() {
        String province = Fixtures.newTenant();
        int id = CourseDocs.create(Api.PROVINCE_ADMIN, province, CourseDocs.withQuiz(5, 1, null));
        Api.as(Api.PROVINCE_ADMIN).post("/api/v1/tenants/{code}/courses/{id}/publish", province, id)
                .then().statusCode(400).body("errors.field", hasItem("sections[0].lessons[0].quiz.draw"));
    }

    @Test
    void an_unknown_skill_code_a_quiz_lesson_without_settings_or_a_video_without_its_length_is_refused_and_nothing_is_stored() {
        String province = Fixtures.newTenant();
        Map<String, Object> unknownSkill = CourseDocs.with(CourseDocs.twoLessons(), "skillCodes", List.of("KNS99"));
        Api.as(Api.PROVINCE_ADMIN).body(unknownSkill).post("/api/v1/tenants/{code}/courses", province)
                .then().statusCode(400).body("errors.field", hasItem("skillCodes"));
        Map<String, Object> noQuiz = CourseDocs.course(List.of(CourseDocs.section("Kiểm tra",
                List.of(Map.of("kind", "QUIZ", "title", "Bài kiểm tra")))), List.of());
        Api.as(Api.PROVINCE_ADMIN).body(noQuiz).post("/api/v1/tenants/{code}/courses", province)
                .then().statusCode(400).body("errors.field", hasItem("sections[0].lessons[0].quiz"));
        Map<String, Object> videoWithoutDuration = CourseDocs.course(List.of(CourseDocs.section("Xem",
                List.of(Map.of("kind", "VIDEO", "title", "Hướng dẫn", "url", "https://video.example/vneid")))), List.of());
        Api.as(Api.PROVINCE_ADMIN).body(videoWithoutDuration).post("/api/v1/tenants/{code}/courses", province)
                .then().statusCode(400).body("errors.field", hasItem("sections[0].lessons[0].durationMinutes"));
        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}/courses", province)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void a_change_from_a_stale_version_is_refused() {
        String province = Fixtures.newTenant();
        int id = CourseDocs.create(Api.PROVINCE_ADMIN, province, CourseDocs.twoLessons());
        Api.as(Api.PROVINCE_ADMIN).body(CourseDocs.with(CourseDocs.twoLessons(), "version", 7))
                .put("/api/v1/tenants/{code}/courses/{id}", province, id).then().statusCode(409);
        Api.as(Api.PROVINCE_ADMIN).body(CourseDocs.twoLessons())
                .put("/api/v1/tenants/{code}/courses/{id}", province, id).then().statusCode(400)
                .body("errors.field", hasItem("version"));
    }
}
