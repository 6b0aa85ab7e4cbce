package vn.sohoa.server.training;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TenantSql;
import vn.sohoa.server.support.Tokens;

/**
 * A FILE lesson: the province's author uploads a PDF for the course, a learner in a commune below sees its size
 * before loading it and streams it, though the file stays under the province's row-level security.
 */
@QuarkusTest
class LessonFileTest {

    private static final String FILES = "/api/v1/tenants/{code}/courses/{id}/files";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_commune_learner_sees_the_size_of_the_provinces_pdf_then_streams_it() throws SQLException {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.MEMBER, "TEAM_MEMBER");
        byte[] pdf = pdf(700 * 1024);
        int course = CourseDocs.create(Api.PROVINCE_ADMIN, province, CourseDocs.twoLessons());
        int file = upload(Api.PROVINCE_ADMIN, province, course, pdf, "Hướng dẫn VNeID.pdf").statusCode(201)
                .body("kind", equalTo("PDF")).body("size", equalTo(pdf.length)).extract().path("fileId");
        withFileLesson(province, course, file);
        Api.as(Api.PROVINCE_ADMIN).post("/api/v1/tenants/{code}/courses/{id}/publish", province, course)
                .then().statusCode(200);

        int enrolment = LearningTest.enrolAs(Api.MEMBER, commune, course);
        long lesson = fileLesson(enrolment);
        Api.as(Api.MEMBER).get("/api/v1/me/learning/{id}/lessons/{lesson}", enrolment, lesson).then().statusCode(200)
                .body("kind", equalTo("FILE")).body("fileBytes", equalTo(pdf.length))
                .body("fileName", equalTo("Hướng dẫn VNeID.pdf"));
        byte[] back = given().auth().oauth2(Tokens.of(Api.MEMBER))
                .get("/api/v1/me/learning/{id}/lessons/{lesson}/file", enrolment, lesson).then().statusCode(200)
                .contentType("application/pdf").header("Content-Length", String.valueOf(pdf.length))
                .header("Content-Disposition", containsString("filename*=UTF-8''H%C6%B0%E1%BB%9Bng"))
                .extract().asByteArray();
        assertThat(back).isEqualTo(pdf);

        // The commune's own walls still hide the province's file from the application role.
        assertThat(TenantSql.strings(dataSource, commune, "select count(*) from stored_file where id = ?", (long) file))
                .containsExactly("0");
        assertThat(TenantSql.strings(dataSource, commune, "select count(*) from stored_file_chunk where file_id = ?",
                (long) file)).containsExactly("0");
    }

    @Test
    void nobody_but_the_enrolled_learner_reaches_the_file() throws SQLException {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        String sibling = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.MEMBER, "TEAM_MEMBER");
        Fixtures.addMember(commune, Api.VIEWER, "VIEWER");
        Fixtures.addMember(sibling, Api.ADMIN_B, "TRAINER");
        int course = CourseDocs.create(Api.PROVINCE_ADMIN, province, CourseDocs.twoLessons());
        int file = upload(Api.PROVINCE_ADMIN, province, course, pdf(2000), "a.pdf").statusCode(201)
                .extract().path("fileId");
        withFileLesson(province, course, file);
        Api.as(Api.PROVINCE_ADMIN).post("/api/v1/tenants/{code}/courses/{id}/publish", province, course)
                .then().statusCode(200);
        int enrolment = LearningTest.enrolAs(Api.MEMBER, commune, course);
        long lesson = fileLesson(enrolment);

        given().auth().oauth2(Tokens.of(Api.VIEWER)).get("/api/v1/me/learning/{id}/lessons/{lesson}/file", enrolment, lesson)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of(Api.ADMIN_B)).get(FILES + "/{file}", province, course, file).then().statusCode(404);
        given().auth().oauth2(Tokens.of(Api.ADMIN_B)).get(FILES + "/{file}", sibling, course, file).then().statusCode(404);
        upload(Api.ADMIN_B, province, course, pdf(2000), "b.pdf").statusCode(404);
        // Without the learner's own subject on the connection, the functions return nothing, even in their tenant.
        assertThat(TenantSql.strings(dataSource, commune, "select count(*) from lesson_file(?, ?)", (long) enrolment, lesson))
                .containsExactly("0");
        assertThat(TenantSql.strings(dataSource, commune, "select lesson_file_chunk(?, ?, 0) is null", (long) enrolment,
                lesson)).containsExactly("t");
    }

    @Test
    void a_lesson_file_must_be_a_pdf_within_20_mb_and_of_its_own_course() throws SQLException {
        String province = Fixtures.newTenant();
        int course = CourseDocs.create(Api.PROVINCE_ADMIN, province, CourseDocs.twoLessons());
        int other = CourseDocs.create(Api.PROVINCE_ADMIN, province, CourseDocs.twoLessons());
        upload(Api.PROVINCE_ADMIN, province, course, "<html><script>x</script></html>".getBytes(StandardCharsets.UTF_8),
                "bai.pdf").statusCode(415).body("detail", containsString("PDF"));
        upload(Api.PROVINCE_ADMIN, province, course, pdf(20 * 1024 * 1024 + 1), "lon.pdf").statusCode(413);
        // Neither refusal left a file or a chunk of one behind.
        assertThat(TenantSql.strings(dataSource, province, "select count(*) from stored_file")).containsExactly("0");
        assertThat(TenantSql.strings(dataSource, province, "select count(*) from stored_file_chunk"))
                .containsExactly("0");
        int foreign = upload(Api.PROVINCE_ADMIN, province, other, pdf(1000), "khac.pdf").statusCode(201)
                .extract().path("fileId");
        withFileLesson(province, course, foreign);
        Api.as(Api.PROVINCE_ADMIN).post("/api/v1/tenants/{code}/courses/{id}/publish", province, course)
                .then().statusCode(400).body("detail", containsString("was not uploaded for this course"));
        assertThat(given().auth().oauth2(Tokens.of(Api.PROVINCE_ADMIN)).get(FILES + "/{file}", province, course, foreign)
                .statusCode()).isEqualTo(404);
    }

    private static ValidatableResponse upload(String who, String tenant, int course, byte[] content, String name) {
        return given().auth().oauth2(Tokens.of(who)).contentType("application/octet-stream").accept("application/json")
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .body(content).post(FILES, tenant, course).then();
    }

    /** Replaces the draft with a section holding one required FILE lesson naming the file. */
    private static void withFileLesson(String tenant, int course, int file) {
        Map<String, Object> draft = Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}/courses/{id}", tenant, course)
                .then().statusCode(200).extract().path("content");
        Map<String, Object> edited = CourseDocs.with(draft, "sections", List.of(CourseDocs.section("Tài liệu",
                List.of(Map.of("kind", "FILE", "title", "Tài liệu hướng dẫn", "fileId", file, "required", true)))));
        edited.put("version", Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}/courses/{id}", tenant, course)
                .then().extract().path("version"));
        Api.as(Api.PROVINCE_ADMIN).body(edited).put("/api/v1/tenants/{code}/courses/{id}", tenant, course)
                .then().statusCode(200);
    }

    private static long fileLesson(int enrolment) {
        return Api.as(Api.MEMBER).get("/api/v1/me/learning/{id}", enrolment).then().statusCode(200)
                .extract().jsonPath().getLong("sections[0].lessons[0].id");
    }

    /** A PDF of exactly {@code size} bytes: its signature, then random bytes. */
    static byte[] pdf(int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }
}
