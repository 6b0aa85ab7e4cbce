package vn.sohoa.server.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.training.CourseCompleted;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/**
 * End to end through the API: a member of a commune enrols in the province's course, learns lesson by lesson and
 * completes it at once; versions never take a completion away.
 */
@QuarkusTest
class LearningTest {

    @Inject
    CompletedCourses completions;

    @Test
    void a_member_enrols_learns_and_completes_a_shared_course_at_once() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.MEMBER, "TEAM_MEMBER");
        int course = CourseDocs.published(province, CourseDocs.twoLessons());
        int enrolment = enrol(commune, course);
        Api.as(Api.MEMBER).body(Map.of()).post("/api/v1/tenants/{code}/courses/{id}/enrolments", commune, course)
                .then().statusCode(200).body("id", equalTo(enrolment));

        JsonPath outline = Api.as(Api.MEMBER).get("/api/v1/me/learning/{id}", enrolment).then().statusCode(200)
                .extract().jsonPath();
        List<Integer> lessons = outline.getList("sections[0].lessons.id");
        assertThat(outline.getInt("progress.continueLessonId")).isEqualTo(lessons.getFirst());
        Api.as(Api.MEMBER).get("/api/v1/me/learning/{id}/lessons/{lesson}", enrolment, lessons.getFirst())
                .then().statusCode(200).body("html", containsString("<p>Chào <strong>bạn</strong></p>"));

        Api.as(Api.MEMBER).post("/api/v1/me/learning/{id}/lessons/{lesson}/complete", enrolment, lessons.getFirst())
                .then().statusCode(200).body("percent", equalTo(50)).body("started", equalTo(true))
                .body("continueLessonId", equalTo(lessons.get(1)));
        assertThat(completions.of(enrolment)).isEmpty();
        Api.as(Api.MEMBER).post("/api/v1/me/learning/{id}/lessons/{lesson}/complete", enrolment, lessons.get(1))
                .then().statusCode(200).body("percent", equalTo(100)).body("completedOn", not(equalTo(null)));

        List<CourseCompleted> completed = completions.of(enrolment);
        assertThat(completed).hasSize(1);
        assertThat(completed.getFirst().enrolmentTenant()).isEqualTo(commune);
        assertThat(completed.getFirst().issuingTenant()).isEqualTo(province);
        assertThat(completed.getFirst().courseVersion()).isEqualTo(1);
        assertThat(completed.getFirst().username()).isEqualTo(Api.MEMBER);

        Api.as(Api.MEMBER).post("/api/v1/me/learning/{id}/lessons/{lesson}/complete", enrolment, lessons.get(1))
                .then().statusCode(200);
        assertThat(completions.of(enrolment)).hasSize(1);
        List<Map<String, Object>> mine = Api.as(Api.MEMBER).get("/api/v1/me/learning").then().statusCode(200)
                .extract().path("items.findAll { it.enrolmentId == " + enrolment + " }");
        assertThat(mine).singleElement().satisfies(item -> assertThat(item.get("percent")).isEqualTo(100));
    }

    @Test
    void a_learner_stays_on_the_version_they_started_and_an_edit_after_completion_leaves_it_and_its_certificate_intact() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.MEMBER, "TEAM_MEMBER");
        Fixtures.addMember(commune, Api.VIEWER, "VIEWER");
        Map<String, Object> first = CourseDocs.with(CourseDocs.twoLessons(), "sections", List.of(CourseDocs.section("Một",
                List.of(CourseDocs.text("Bài duy nhất", "Nội dung")))));
        int course = CourseDocs.published(province, first);
        int started = enrol(commune, course);
        int waiting = enrolAs(Api.VIEWER, commune, course);
        long lesson = Api.as(Api.MEMBER).get("/api/v1/me/learning/{id}", started).then().statusCode(200)
                .extract().jsonPath().getLong("sections[0].lessons[0].id");

        Map<String, Object> draft = Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}/courses/{id}", province, course)
                .then().statusCode(200).extract().path("content");
        Map<String, Object> second = CourseDocs.with(draft, "title", "Phiên bản hai");
        @SuppressWarnings("unchecked")
        Map<String, Object> section = (Map<String, Object>) ((List<?>) draft.get("sections")).getFirst();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lessons = (List<Map<String, Object>>) section.get("lessons");
        second.put("sections", List.of(CourseDocs.with(section, "lessons",
                CourseDocs.plus(lessons, CourseDocs.text("Bài mới bắt buộc", "Thêm")))));
        second.put("version", Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}/courses/{id}", province, course)
                .then().extract().path("version"));

        Api.as(Api.MEMBER).post("/api/v1/me/learning/{id}/lessons/{lesson}/complete", started, lesson)
                .then().statusCode(200).body("courseVersion", equalTo(1)).body("percent", equalTo(100));
        String serial = Api.as(Api.MEMBER).get("/api/v1/me/certificates").then().statusCode(200).extract()
                .path("find { it.issuerCode == '" + province + "' }.serial");
        assertThat(serial).isNotBlank();
        Api.as(Api.PROVINCE_ADMIN).body(second).put("/api/v1/tenants/{code}/courses/{id}", province, course)
                .then().statusCode(200);
        Api.as(Api.PROVINCE_ADMIN).post("/api/v1/tenants/{code}/courses/{id}/publish", province, course)
                .then().statusCode(200).body("version", equalTo(2));
        // The certificate of the first version stands as it was issued: one, the same serial, still valid.
        Api.as(Api.MEMBER).get("/api/v1/me/certificates").then().statusCode(200)
                .body("findAll { it.issuerCode == '" + province + "' }.serial", equalTo(List.of(serial)));
        io.restassured.RestAssured.given().get("/api/v1/public/certificates/{serial}", serial).then().statusCode(200)
                .body("status", equalTo("VALID")).body("course", equalTo(first.get("title")));

        Api.as(Api.MEMBER).get("/api/v1/me/learning/{id}", started).then().statusCode(200)
                .body("progress.courseVersion", equalTo(1)).body("progress.percent", equalTo(100))
                .body("progress.completedOn", not(equalTo(null))).body("sections[0].lessons.size()", equalTo(1));
        Api.as(Api.VIEWER).get("/api/v1/me/learning/{id}", waiting).then().statusCode(200)
                .body("progress.courseVersion", equalTo(2)).body("progress.courseTitle", equalTo("Phiên bản hai"))
                .body("sections[0].lessons.size()", equalTo(2));
        assertThat(completions.of(started)).hasSize(1);
    }

    @Test
    void a_learner_never_reaches_another_persons_enrolment() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.MEMBER, "TEAM_MEMBER");
        Fixtures.addMember(commune, Api.VIEWER, "VIEWER");
        int course = CourseDocs.published(province, CourseDocs.twoLessons());
        int enrolment = enrol(commune, course);
        long lesson = Api.as(Api.MEMBER).get("/api/v1/me/learning/{id}", enrolment).then().statusCode(200)
                .extract().jsonPath().getLong("sections[0].lessons[0].id");

        Api.as(Api.VIEWER).get("/api/v1/me/learning/{id}", enrolment).then().statusCode(404);
        Api.as(Api.VIEWER).post("/api/v1/me/learning/{id}/lessons/{lesson}/complete", enrolment, lesson)
                .then().statusCode(404);
        String theirs = Api.as(Api.VIEWER).get("/api/v1/me/learning").then().statusCode(200).extract().asString();
        assertThat(theirs).doesNotContain("\"enrolmentId\":" + enrolment + ",");
    }

    @Test
    void a_text_lesson_keeps_no_script_or_event_handler() {
        String province = Fixtures.newTenant();
        Fixtures.addMember(province, Api.MEMBER, "TEAM_MEMBER");
        String attack = """
                # Bài học

                <script>alert('x')</script>

                <img src="x" onerror="alert(1)">

                [bấm vào đây](javascript:alert(1)) và <a href="#" onclick="steal()">liên kết</a>

                <iframe src="https://evil.example"></iframe>

                <svg onload="alert(1)"></svg>

                ![ảnh](https://example.vn/a.png)
                """;
        int course = CourseDocs.published(province, CourseDocs.course(List.of(CourseDocs.section("Một",
                List.of(CourseDocs.text("Bài", attack)))), List.of()));
        int enrolment = enrolAs(Api.MEMBER, province, course);
        long lesson = Api.as(Api.MEMBER).get("/api/v1/me/learning/{id}", enrolment).then().statusCode(200)
                .extract().jsonPath().getLong("sections[0].lessons[0].id");

        String html = Api.as(Api.MEMBER).get("/api/v1/me/learning/{id}/lessons/{lesson}", enrolment, lesson)
                .then().statusCode(200).body("html", containsString("<h1>Bài học</h1>")).extract().path("html");
        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("script, iframe, svg, object, embed, style")).isEmpty();
        assertThat(page.select("*").stream().flatMap(element -> element.attributes().asList().stream())
                .map(Attribute::getKey)).noneMatch(name -> name.toLowerCase().startsWith("on"));
        assertThat(page.select("[href], [src]").stream().map(element -> element.hasAttr("href")
                ? element.attr("href") : element.attr("src"))).noneMatch(url -> url.toLowerCase().contains("javascript"));
        assertThat(page.select("img").attr("src")).isEqualTo("https://example.vn/a.png");
        assertThat(page.text()).contains("<script>alert('x')</script>");
    }

    private static int enrol(String commune, int course) {
        return enrolAs(Api.MEMBER, commune, course);
    }

    static int enrolAs(String username, String tenant, int course) {
        return Api.as(username).body(Map.of()).post("/api/v1/tenants/{code}/courses/{id}/enrolments", tenant, course)
                .then().statusCode(201).extract().path("id");
    }
}
