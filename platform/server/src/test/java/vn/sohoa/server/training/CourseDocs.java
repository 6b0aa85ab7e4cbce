package vn.sohoa.server.training;

import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.sohoa.server.support.Api;

/** Course documents for the tests, and courses made and published through the API as a province admin. */
public final class CourseDocs {

    private CourseDocs() {
    }

    /** A course of two required text lessons and an optional video, shared down to every descendant. */
    static Map<String, Object> twoLessons() {
        return course(List.of(section("Bắt đầu", List.of(text("Giới thiệu", "Chào **bạn**"), text("VNeID", "Cài ứng dụng"),
                Map.of("kind", "VIDEO", "title", "Xem hướng dẫn", "url", "https://video.example/vneid",
                        "durationMinutes", 7, "required", false)))), List.of());
    }

    /** A course whose only lesson is a quiz drawing {@code draw} of three true/false and single-choice questions. */
    static Map<String, Object> withQuiz(int draw, int attempts, Integer timeLimitMinutes) {
        Map<String, Object> quiz = new HashMap<>(Map.of("passPercent", 60, "attempts", attempts, "draw", draw));
        if (timeLimitMinutes != null) {
            quiz.put("timeLimitMinutes", timeLimitMinutes);
        }
        return course(List.of(section("Kiểm tra", List.of(Map.of("kind", "QUIZ", "title", "Bài kiểm tra", "quiz", quiz)))),
                List.of(question("Mật khẩu OTP có được chia sẻ không?", "Không", "Có"),
                        question("Cuộc gọi tự xưng công an yêu cầu chuyển tiền là?", "Lừa đảo", "Bình thường"),
                        question("VNeID mức 2 cần gì?", "Căn cước gắn chip", "Số điện thoại bất kỳ")));
    }

    static Map<String, Object> course(List<Map<String, Object>> sections, List<Map<String, Object>> questions) {
        Map<String, Object> course = new HashMap<>();
        course.put("code", "KNS-" + UUID.randomUUID().toString().substring(0, 8));
        course.put("title", "Kỹ năng số cơ bản");
        course.put("summary", "Khoá học cho Tổ công nghệ số cộng đồng");
        course.put("audiences", List.of("TEAM_MEMBER", "OFFICIAL"));
        course.put("skillCodes", List.of("KNS0", "KNS4"));
        course.put("sharing", "DESCENDANTS");
        course.put("sections", sections);
        course.put("questions", questions);
        return course;
    }

    static Map<String, Object> section(String title, List<Map<String, Object>> lessons) {
        return Map.of("title", title, "lessons", lessons);
    }

    static Map<String, Object> text(String title, String body) {
        return Map.of("kind", "TEXT", "title", title, "body", body, "required", true);
    }

    /** A single-choice question whose first option is correct (true/false when it has two). */
    static Map<String, Object> question(String text, String right, String wrong) {
        return Map.of("kind", "SINGLE", "text", text, "tags", List.of("an-toan"), "options",
                List.of(Map.of("text", right, "correct", true), Map.of("text", wrong, "correct", false)));
    }

    /** Creates the course in the tenant as {@code username} and returns its id. */
    public static int create(String username, String tenant, Map<String, Object> course) {
        return Api.as(username).body(course).post("/api/v1/tenants/{code}/courses", tenant)
                .then().statusCode(201).body("id", notNullValue()).extract().path("id");
    }

    /** Creates and publishes the course in the tenant as a province admin and returns its id. */
    public static int published(String tenant, Map<String, Object> course) {
        int id = create(Api.PROVINCE_ADMIN, tenant, course);
        Api.as(Api.PROVINCE_ADMIN).post("/api/v1/tenants/{code}/courses/{id}/publish", tenant, id).then().statusCode(200);
        return id;
    }

    /** A copy of a map with one more entry. */
    static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    /** A copy of the list with one more element. */
    static <T> List<T> plus(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }
}
