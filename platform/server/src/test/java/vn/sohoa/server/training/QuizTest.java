package vn.sohoa.server.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TestClock;

/** Quizzes drawn, timed and graded by the server; what is correct never reaches the learner before submission. */
@QuarkusTest
class QuizTest {

    @Inject
    TestClock clock;

    @Inject
    CompletedCourses completions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_attempt_draws_questions_without_answers_saves_every_step_and_a_resent_submit_returns_the_first_result() {
        Learner learner = learner(CourseDocs.withQuiz(2, 2, null));
        JsonPath attempt = start(learner);
        assertThat(attempt.prettify()).doesNotContain("correct");
        List<Integer> questions = attempt.getList("questions.id");
        assertThat(questions).hasSize(2).doesNotHaveDuplicates();
        Api.as(Api.MEMBER).post("/api/v1/me/learning/{id}/lessons/{lesson}/attempts", learner.enrolment, learner.lesson)
                .then().statusCode(201).body("id", equalTo(attempt.getInt("id")));

        Map<String, Object> rightAnswers = answers(learner, attempt, true);
        Api.as(Api.MEMBER).body(rightAnswers)
                .put("/api/v1/me/learning/{id}/attempts/{attempt}", learner.enrolment, attempt.getInt("id"))
                .then().statusCode(200).body("answers.size()", equalTo(2)).body("submitted", equalTo(false));
        Api.as(Api.MEMBER).get("/api/v1/me/learning/{id}/attempts/{attempt}", learner.enrolment, attempt.getInt("id"))
                .then().statusCode(200).body("answers.size()", equalTo(2));
        Api.as(Api.MEMBER).post("/api/v1/me/learning/{id}/attempts/{attempt}/submit", learner.enrolment, attempt.getInt("id"))
                .then().statusCode(200).body("score", equalTo(100)).body("passed", equalTo(true));
        Api.as(Api.MEMBER).body(answers(learner, attempt, false))
                .post("/api/v1/me/learning/{id}/attempts/{attempt}/submit", learner.enrolment, attempt.getInt("id"))
                .then().statusCode(200).body("score", equalTo(100)).body("passed", equalTo(true));

        assertThat(completions.of(learner.enrolment)).hasSize(1);
        Api.as(Api.MEMBER).get("/api/v1/me/learning/{id}", learner.enrolment).then().statusCode(200)
                .body("progress.percent", equalTo(100)).body("sections[0].lessons[0].completed", equalTo(true));
    }

    @Test
    void answers_to_a_question_not_in_the_attempt_are_refused_naming_it() {
        Learner learner = learner(CourseDocs.withQuiz(1, 1, null));
        JsonPath attempt = start(learner);
        List<Integer> drawn = attempt.getList("questions.id");
        long other = learner.bank.stream().filter(id -> !drawn.contains(id)).findFirst().orElseThrow();
        Api.as(Api.MEMBER).body(Map.of("answers", List.of(Map.of("questionId", other, "optionIds", List.of()))))
                .put("/api/v1/me/learning/{id}/attempts/{attempt}", learner.enrolment, attempt.getInt("id"))
                .then().statusCode(400).body("errors.field", hasItem("answers[0].questionId"))
                .body("detail", containsString("not in this attempt"));
        Api.as(Api.MEMBER).get("/api/v1/me/learning/{id}/attempts/{attempt}", learner.enrolment, attempt.getInt("id"))
                .then().statusCode(200).body("answers.size()", equalTo(0));
    }

    @Test
    void a_submit_after_the_time_limit_and_an_attempt_after_the_last_allowed_are_refused() {
        Learner learner = learner(CourseDocs.withQuiz(2, 2, 10));
        clock.startAt(Instant.parse("2027-03-01T01:00:00Z"));
        JsonPath first = start(learner);
        Api.as(Api.MEMBER).body(answers(learner, first, false))
                .post("/api/v1/me/learning/{id}/attempts/{attempt}/submit", learner.enrolment, first.getInt("id"))
                .then().statusCode(200).body("passed", equalTo(false)).body("score", equalTo(0));

        JsonPath second = start(learner);
        assertThat(second.getInt("number")).isEqualTo(2);
        clock.startAt(Instant.parse("2027-03-01T01:00:00Z").plus(Duration.ofMinutes(11)));
        Api.as(Api.MEMBER).body(answers(learner, second, true))
                .put("/api/v1/me/learning/{id}/attempts/{attempt}", learner.enrolment, second.getInt("id"))
                .then().statusCode(409).body("detail", containsString("time limit"));
        Api.as(Api.MEMBER).post("/api/v1/me/learning/{id}/attempts/{attempt}/submit", learner.enrolment, second.getInt("id"))
                .then().statusCode(409).body("detail", containsString("time limit"));
        Api.as(Api.MEMBER).post("/api/v1/me/learning/{id}/lessons/{lesson}/attempts", learner.enrolment, learner.lesson)
                .then().statusCode(409).body("detail", containsString("2 allowed attempts"));
        assertThat(completions.of(learner.enrolment)).isEmpty();
    }

    @Test
    void a_learner_never_sees_another_persons_attempt() {
        Learner learner = learner(CourseDocs.withQuiz(2, 2, null));
        JsonPath attempt = start(learner);
        Fixtures.addMember(learner.tenant, Api.VIEWER, "VIEWER");
        int theirs = LearningTest.enrolAs(Api.VIEWER, learner.tenant, learner.course);
        Api.as(Api.VIEWER).get("/api/v1/me/learning/{id}/attempts/{attempt}", learner.enrolment, attempt.getInt("id"))
                .then().statusCode(404);
        Api.as(Api.VIEWER).get("/api/v1/me/learning/{id}/attempts/{attempt}", theirs, attempt.getInt("id"))
                .then().statusCode(404);
        Api.as(Api.VIEWER).body(answers(learner, attempt, true))
                .post("/api/v1/me/learning/{id}/attempts/{attempt}/submit", theirs, attempt.getInt("id"))
                .then().statusCode(404);
    }

    @Test
    void a_quiz_draws_only_its_tag_and_a_multiple_choice_counts_only_with_exactly_its_correct_options() {
        Map<String, Object> quiz = Map.of("passPercent", 100, "attempts", 3, "draw", 2, "tag", "lua-dao");
        Map<String, Object> course = CourseDocs.course(List.of(CourseDocs.section("Kiểm tra",
                List.of(Map.of("kind", "QUIZ", "title", "Nhận diện lừa đảo", "quiz", quiz)))), List.of(
                Map.of("kind", "MULTIPLE", "text", "Dấu hiệu nào là lừa đảo?", "tags", List.of("lua-dao"), "options", List.of(
                        Map.of("text", "Yêu cầu đọc mã OTP", "correct", true),
                        Map.of("text", "Yêu cầu chuyển tiền để \"xác minh\"", "correct", true),
                        Map.of("text", "Hẹn lên Công an xã làm thủ tục", "correct", false))),
                Map.of("kind", "TRUE_FALSE", "text", "Công an gọi điện yêu cầu cài ứng dụng lạ là bình thường.",
                        "tags", List.of("lua-dao"), "options", List.of(Map.of("text", "Đúng", "correct", false),
                                Map.of("text", "Sai", "correct", true))),
                Map.of("kind", "SINGLE", "text", "VNeID mức 2 cần gì?", "tags", List.of("vneid"), "options", List.of(
                        Map.of("text", "Căn cước gắn chip", "correct", true), Map.of("text", "Số điện thoại", "correct", false)))));
        Learner learner = learner(course);

        JsonPath first = start(learner);
        assertThat(first.getList("questions.text", String.class)).containsExactlyInAnyOrder("Dấu hiệu nào là lừa đảo?",
                "Công an gọi điện yêu cầu cài ứng dụng lạ là bình thường.");
        // One of the two correct signs only: the multiple-choice question does not count.
        Map<String, Object> half = answers(learner, first, true);
        Api.as(Api.MEMBER).body(half).post("/api/v1/me/learning/{id}/attempts/{attempt}/submit", learner.enrolment,
                first.getInt("id")).then().statusCode(200).body("score", equalTo(50)).body("passed", equalTo(false));

        JsonPath second = start(learner);
        List<Map<String, Object>> questions = second.getList("questions");
        Map<String, Object> all = Map.of("answers", questions.stream().map(question -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> options = (List<Map<String, Object>>) question.get("options");
            return Map.of("questionId", question.get("id"), "optionIds", options.stream()
                    .map(option -> option.get("id")).filter(learner.correct::contains).toList());
        }).toList());
        Api.as(Api.MEMBER).body(all).post("/api/v1/me/learning/{id}/attempts/{attempt}/submit", learner.enrolment,
                second.getInt("id")).then().statusCode(200).body("score", equalTo(100)).body("passed", equalTo(true));
    }

    @Test
    void continuing_leads_back_to_a_quiz_left_open_not_to_an_optional_lesson_skipped_on_the_way() {
        Map<String, Object> quiz = Map.of("kind", "QUIZ", "title", "Bài kiểm tra",
                "quiz", Map.of("passPercent", 60, "attempts", 2, "draw", 2));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> bank = (List<Map<String, Object>>) CourseDocs.withQuiz(2, 2, null).get("questions");
        Learner learner = learner(CourseDocs.course(List.of(CourseDocs.section("Học", List.of(
                CourseDocs.text("Nhận diện lừa đảo", "Không đọc mã OTP cho ai."),
                Map.of("kind", "VIDEO", "title", "Xem thêm", "url", "https://video.example/otp", "durationMinutes", 5,
                        "required", false),
                quiz))), bank));
        long quizLesson = Api.as(Api.MEMBER).get("/api/v1/me/learning/{id}", learner.enrolment).then().statusCode(200)
                .extract().jsonPath().getLong("sections[0].lessons[2].id");
        Api.as(Api.MEMBER).post("/api/v1/me/learning/{id}/lessons/{lesson}/complete", learner.enrolment, learner.lesson)
                .then().statusCode(200);
        Api.as(Api.MEMBER).post("/api/v1/me/learning/{id}/lessons/{lesson}/attempts", learner.enrolment, quizLesson)
                .then().statusCode(201);

        Api.as(Api.MEMBER).get("/api/v1/me/learning/{id}", learner.enrolment).then().statusCode(200)
                .body("progress.continueLessonId", equalTo((int) quizLesson));
    }

    /** The answers to every question of the attempt: all right, or all wrong. */
    private static Map<String, Object> answers(Learner learner, JsonPath attempt, boolean right) {
        List<Map<String, Object>> questions = attempt.getList("questions");
        return Map.of("answers", questions.stream().map(question -> {
            int id = (Integer) question.get("id");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> options = (List<Map<String, Object>>) question.get("options");
            Object chosen = options.stream().filter(option -> learner.correct.contains(option.get("id")) == right)
                    .findFirst().orElseThrow().get("id");
            return Map.of("questionId", id, "optionIds", List.of(chosen));
        }).toList());
    }

    private static JsonPath start(Learner learner) {
        return Api.as(Api.MEMBER).post("/api/v1/me/learning/{id}/lessons/{lesson}/attempts", learner.enrolment,
                learner.lesson).then().statusCode(201).extract().jsonPath();
    }

    /** A team member of a commune enrolled in the province's quiz course, and what the author knows of its bank. */
    private static Learner learner(Map<String, Object> course) {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.MEMBER, "TEAM_MEMBER");
        int id = CourseDocs.published(province, course);
        JsonPath draft = Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}/courses/{id}", province, id)
                .then().statusCode(200).extract().jsonPath();
        int enrolment = LearningTest.enrolAs(Api.MEMBER, commune, id);
        return new Learner(commune, id, enrolment, draft.getInt("content.sections[0].lessons[0].id"),
                draft.getList("content.questions.id"),
                draft.getList("content.questions.options.flatten().findAll { it.correct }.id"));
    }

    private record Learner(String tenant, int course, int enrolment, int lesson, List<Integer> bank,
                           List<Integer> correct) {
    }
}
