package vn.sohoa.server.training;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
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
import vn.sohoa.server.support.Tokens;

/**
 * Training beyond the course: enrolment by a file of usernames (preview, then all or nothing), certificates from
 * other platforms (recorded, reviewed, counted when accepted), the overview after a merger, and the audit of a bulk
 * enrolment written in one statement.
 */
@QuarkusTest
class TrainingReachTest {

    private static final String IMPORT = "/api/v1/tenants/{code}/courses/{id}/enrolments/import";
    private static final String EXTERNAL = "/api/v1/tenants/{code}/external-completions";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_file_of_usernames_is_previewed_with_problems_by_line_then_enrolled_all_at_once() throws SQLException {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.ADMIN_A, "TRAINER");
        Fixtures.addMember(commune, Api.MEMBER, "TEAM_MEMBER");
        Fixtures.addMember(commune, Api.VIEWER, "VIEWER");
        int course = CourseDocs.published(province, CourseDocs.twoLessons());
        LearningTest.enrolAs(Api.VIEWER, commune, course);

        String wrong = "username\n" + Api.MEMBER + "\nkhong.ton.tai\n" + Api.MEMBER.toUpperCase() + "\n";
        JsonPath preview = csv(Api.ADMIN_A, commune, course, wrong, true).statusCode(200).extract().jsonPath();
        assertThat(preview.getBoolean("valid")).isFalse();
        assertThat(preview.getList("problems.line")).containsExactly(3, 4);
        assertThat(preview.getString("problems[0].message")).contains("khong.ton.tai is not a member");
        assertThat(preview.getString("problems[1].message")).contains("already on line 2");
        csv(Api.ADMIN_A, commune, course, wrong, false).statusCode(422).body("detail", containsString("nothing was imported"));
        assertThat(TenantSql.strings(dataSource, commune, "select count(*) from enrolment where source = 'FILE'"))
                .containsExactly("0");

        String right = "username\n" + Api.MEMBER + "\n" + Api.VIEWER + "\n";
        csv(Api.ADMIN_A, commune, course, right, true).statusCode(200).body("valid", equalTo(true))
                .body("toEnrolCount", equalTo(1)).body("toEnrol", equalTo(List.of(Api.MEMBER)))
                .body("alreadyEnrolled", equalTo(1));
        String key = UUID.randomUUID().toString();
        csvRequest(Api.ADMIN_A, right).header("Idempotency-Key", key).post(IMPORT, commune, course).then()
                .statusCode(201).body("enrolled", equalTo(1));
        csvRequest(Api.ADMIN_A, right).header("Idempotency-Key", key).post(IMPORT, commune, course).then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("enrolled", equalTo(1));
        assertThat(TenantSql.strings(dataSource, commune, "select username from enrolment where source = 'FILE'"))
                .containsExactly(Api.MEMBER);
        assertThat(Api.as(Api.MEMBER).get("/api/v1/me/learning").then().statusCode(200).extract()
                .<List<Integer>>path("items.courseId")).contains(course);

        csv(Api.MEMBER, commune, course, right, true).statusCode(403);
        csv(Api.ADMIN_A, province, course, right, true).statusCode(404);
        csv(Api.ADMIN_A, commune, course, "ten\nx\n", true).statusCode(200).body("valid", equalTo(false))
                .body("problems[0].line", equalTo(1));
    }

    @Test
    void a_certificate_from_another_platform_waits_for_review_and_counts_once_accepted() throws SQLException {
        clock.startAt(Instant.parse("2027-01-10T03:00:00Z"));
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        String sibling = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.MEMBER, "TEAM_MEMBER");
        Fixtures.addMember(commune, Api.VIEWER, "TEAM_MEMBER");
        Fixtures.addMember(commune, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(sibling, Api.ADMIN_B, "TENANT_ADMIN");
        int course = CourseDocs.published(province, CourseDocs.twoLessons());

        int recorded = record(Api.MEMBER, commune, course, "2027-01-05").statusCode(201)
                .body("status", equalTo("PENDING")).body("platform", equalTo("OneTouch")).extract().path("id");
        record(Api.MEMBER, commune, course, "2027-01-05").statusCode(409);
        int refused = record(Api.VIEWER, commune, course, "2027-01-06").statusCode(201).extract().path("id");
        Api.as(Api.MEMBER).get(EXTERNAL + "/mine", commune).then().statusCode(200)
                .body("items.id", equalTo(List.of(recorded)));

        Api.as(Api.MEMBER).get(EXTERNAL, commune).then().statusCode(403);
        Api.as(Api.ADMIN_B).get(EXTERNAL, sibling).then().statusCode(200).body("total", equalTo(0));
        Api.as(Api.ADMIN_B).post(EXTERNAL + "/{id}/accept", sibling, recorded).then().statusCode(404);
        given().auth().oauth2(Tokens.of(Api.ADMIN_B)).get(EXTERNAL + "/{id}/file", sibling, recorded).then().statusCode(404);
        Api.as(Api.ADMIN_A).get(EXTERNAL, commune).then().statusCode(200).body("total", equalTo(2))
                .body("items.username", hasItem(Api.MEMBER));
        byte[] file = given().auth().oauth2(Tokens.of(Api.ADMIN_A)).get(EXTERNAL + "/{id}/file", commune, recorded)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(file).isEqualTo(LessonFileTest.pdf(3000));

        Api.as(Api.ADMIN_A).post(EXTERNAL + "/{id}/accept", commune, recorded).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("reviewedBy", equalTo(Api.ADMIN_A))
                .body("enrolmentId", not(equalTo(null)));
        Api.as(Api.ADMIN_A).post(EXTERNAL + "/{id}/accept", commune, recorded).then().statusCode(409);
        Api.as(Api.ADMIN_A).body(Map.of("reason", " ")).post(EXTERNAL + "/{id}/refuse", commune, refused).then()
                .statusCode(400);
        Api.as(Api.ADMIN_A).body(Map.of("reason", "Ảnh chụp không đọc được")).post(EXTERNAL + "/{id}/refuse", commune,
                refused).then().statusCode(200).body("status", equalTo("REFUSED"));

        List<Map<String, Object>> mine = Api.as(Api.MEMBER).get("/api/v1/me/learning").then().statusCode(200)
                .extract().path("items.findAll { it.courseId == " + course + " }");
        assertThat(mine).singleElement().satisfies(item -> assertThat(item.get("completedOn")).isEqualTo("2027-01-05"));
        JsonPath overview = Api.as(Api.PROVINCE_ADMIN).queryParam("course", course)
                .get("/api/v1/tenants/{code}/training-overview", province).then().statusCode(200).extract().jsonPath();
        assertThat(overview.getInt("total.completed")).isEqualTo(1);
        assertThat(overview.getInt("total.enrolled")).isEqualTo(1);
        assertThat(TenantSql.strings(dataSource, province, "select count(*) from certificate")).containsExactly("0");
    }

    @Test
    void a_bad_external_completion_is_a_clear_4xx_and_stores_nothing() throws SQLException {
        clock.startAt(Instant.parse("2027-01-10T03:00:00Z"));
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.MEMBER, "TEAM_MEMBER");
        int course = CourseDocs.published(province, CourseDocs.twoLessons());
        int unshared = CourseDocs.published(Fixtures.newTenant(), CourseDocs.twoLessons());

        record(Api.MEMBER, commune, course, "2027-02-01").statusCode(400).body("errors[0].field", equalTo("completedOn"));
        record(Api.MEMBER, commune, course, "05/01/2027").statusCode(400).body("errors[0].field", equalTo("completedOn"));
        record(Api.MEMBER, commune, unshared, "2027-01-05").statusCode(404);
        upload(Api.MEMBER, commune, "courseId=" + course + "&platform=OneTouch&completedOn=2027-01-05",
                "<html>".getBytes(StandardCharsets.UTF_8)).statusCode(415);
        upload(Api.MEMBER, commune, "platform=OneTouch&completedOn=2027-01-05", LessonFileTest.pdf(3000))
                .statusCode(400).body("errors[0].field", equalTo("courseId"));
        assertThat(TenantSql.strings(dataSource, commune, "select count(*) from stored_file")).containsExactly("0");
        assertThat(TenantSql.strings(dataSource, commune, "select count(*) from external_completion")).containsExactly("0");
    }

    @Test
    void the_overview_counts_a_merged_communes_enrolments_once_in_its_successor() throws SQLException {
        clock.startAt(Instant.parse("2027-01-10T03:00:00Z"));
        String province = Fixtures.newTenant();
        String westDistrict = Fixtures.newTenant(province);
        String eastDistrict = Fixtures.newTenant(province);
        String merged = Fixtures.newTenant(westDistrict);
        String successor = Fixtures.newTenant(eastDistrict);
        members(merged, 2);
        members(successor, 3);
        int course = CourseDocs.published(province, CourseDocs.twoLessons());
        AssignmentTest.assign(province, course).then().statusCode(201).body("enrolled", equalTo(5));

        Api.as(Api.PROVINCE_ADMIN).body(Map.of("sourceCodes", List.of(merged), "target", Map.of("existingCode", successor),
                "effectiveDate", "2027-01-10")).post("/api/v1/tenant-merges").then().statusCode(201);

        JsonPath overview = Api.as(Api.PROVINCE_ADMIN).queryParam("course", course)
                .get("/api/v1/tenants/{code}/training-overview", province).then().statusCode(200).extract().jsonPath();
        assertThat(overview.getInt("total.assigned")).isEqualTo(5);
        assertThat(overview.getInt("rows.find { it.tenantCode == '" + eastDistrict + "' }.assigned")).isEqualTo(5);
        assertThat(overview.getInt("rows.find { it.tenantCode == '" + westDistrict + "' }.assigned")).isEqualTo(0);
        JsonPath east = Api.as(Api.PROVINCE_ADMIN).queryParam("course", course)
                .get("/api/v1/tenants/{code}/training-overview", eastDistrict).then().statusCode(200).extract().jsonPath();
        assertThat(east.getList("rows.tenantCode")).doesNotContain(merged);
        assertThat(east.getInt("rows.find { it.tenantCode == '" + successor + "' }.assigned")).isEqualTo(5);
        assertThat(east.getInt("total.assigned")).isEqualTo(5);
    }

    @Test
    void a_bulk_enrolment_is_audited_in_one_entry_per_tenant_naming_everyone_enrolled() throws SQLException {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        String other = Fixtures.newTenant(province);
        members(commune, 3);
        members(other, 1);
        int course = CourseDocs.published(province, CourseDocs.twoLessons());
        AssignmentTest.assign(province, course).then().statusCode(201).body("enrolled", equalTo(4));

        List<String> usernames = TenantSql.strings(dataSource, commune,
                "select username from enrolment where course_id = ? order by username", course);
        List<String> entries = TenantSql.strings(dataSource, commune, """
                select actor_username || ' ' || action || ' ' || entity_key || ' ' || jsonb_exists(changes, 'id') || ' '
                       || jsonb_exists(changes, 'completed_at') || ' ' || (changes -> 'source' ->> 'after')
                       || ' ' || (changes -> 'assigned' ->> 'after') || ' ' || (changes -> 'course_id' ->> 'after')
                       || ' ' || (changes -> 'username' -> 'after')
                       || ' ' || jsonb_array_length(changes -> 'user_subject' -> 'after')
                from audit_entry where entity_type = 'Enrolment'""");
        assertThat(entries).containsExactly(Api.PROVINCE_ADMIN + " CREATE 3: " + String.join(", ", usernames)
                + " false false ASSIGNMENT true " + course + " [\"" + String.join("\", \"", usernames) + "\"] 3");
        String alone = TenantSql.strings(dataSource, other, "select username from enrolment").getFirst();
        assertThat(TenantSql.strings(dataSource, other, """
                select entity_key || ' ' || (changes -> 'username' ->> 'after') || ' ' || (changes -> 'source' ->> 'after')
                from audit_entry where entity_type = 'Enrolment'""")).containsExactly(alone + " " + alone + " ASSIGNMENT");
    }

    private static ValidatableResponse record(String who, String tenant, int course, String day) {
        return upload(who, tenant, "courseId=" + course + "&platform=OneTouch&completedOn=" + day, LessonFileTest.pdf(3000));
    }

    private static ValidatableResponse upload(String who, String tenant, String query, byte[] content) {
        return given().auth().oauth2(Tokens.of(who)).contentType("application/octet-stream").accept("application/json")
                .header("Content-Disposition", "attachment; filename=\"chung-chi.pdf\"").body(content)
                .post(EXTERNAL + "?" + query, tenant).then();
    }

    private static ValidatableResponse csv(String who, String tenant, int course, String content, boolean dryRun) {
        return csvRequest(who, content).queryParam("dryRun", dryRun).post(IMPORT, tenant, course).then();
    }

    private static io.restassured.specification.RequestSpecification csvRequest(String who, String content) {
        return given().auth().oauth2(Tokens.of(who)).contentType("text/csv; charset=UTF-8").accept("application/json")
                .body(content.getBytes(StandardCharsets.UTF_8));
    }

    /** TEAM_MEMBER memberships of people without accounts here, written as the membership service would. */
    private void members(String tenant, int count) throws SQLException {
        for (int i = 0; i < count; i++) {
            String subject = UUID.randomUUID().toString();
            TenantSql.update(dataSource, tenant, "insert into membership (tenant_id, user_subject, username, role) "
                    + "values (?, ?, ?, 'TEAM_MEMBER')", tenant, subject, "p-" + subject.substring(0, 8));
        }
    }
}
