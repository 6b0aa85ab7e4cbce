package vn.sohoa.server.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TenantSql;
import vn.sohoa.server.support.Tokens;

/**
 * A citizen who signs in with no membership chooses their commune and becomes LEARNER there: they see the courses
 * for citizens and their own learning, and nothing else of the commune.
 */
@QuarkusTest
class CitizenRegistrationTest {

    private static final String REGISTRATION = "/api/v1/me/registration";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_person_without_membership_registers_in_a_commune_and_learns_only_courses_for_citizens() throws SQLException {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Map<String, Object> forCitizens = CourseDocs.with(CourseDocs.twoLessons(), "audiences", List.of("CITIZEN"));
        int citizens = CourseDocs.published(province, CourseDocs.with(forCitizens, "title", "Nhận diện lừa đảo trực tuyến"));
        int officials = CourseDocs.published(province, CourseDocs.twoLessons());
        withoutMemberships(Api.VIEWER);

        Api.as(Api.VIEWER).queryParam("q", "xa thu " + commune.toLowerCase()).get(REGISTRATION).then().statusCode(200)
                .body("items.code", equalTo(List.of(commune)));
        Api.as(Api.VIEWER).body(Map.of("communeCode", province)).post(REGISTRATION).then().statusCode(400)
                .body("errors[0].field", equalTo("communeCode"));
        Api.as(Api.VIEWER).body(Map.of("communeCode", commune)).post(REGISTRATION).then().statusCode(201)
                .body("role", equalTo("LEARNER"));
        Api.as(Api.VIEWER).body(Map.of("communeCode", commune)).post(REGISTRATION).then().statusCode(409);

        Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/courses", commune).then().statusCode(200)
                .body("items.id", equalTo(List.of(citizens)));
        Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/courses/{id}", commune, officials).then().statusCode(404);
        Api.as(Api.VIEWER).body(Map.of()).post("/api/v1/tenants/{code}/courses/{id}/enrolments", commune, officials)
                .then().statusCode(403);
        int enrolment = LearningTest.enrolAs(Api.VIEWER, commune, citizens);
        Api.as(Api.VIEWER).get("/api/v1/me/learning").then().statusCode(200).body("items.enrolmentId", hasItem(enrolment));

        Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/units", commune).then().statusCode(403);
        Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/training-overview", commune).then().statusCode(403);
        Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/members", commune).then().statusCode(403);
        Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/courses", province).then().statusCode(404);
        assertThat(TenantSql.strings(dataSource, commune, "select role from membership where username = ?", Api.VIEWER))
                .containsExactly("LEARNER");
    }

    /** Removes every membership the person holds (other tests give them memberships in tenants of their own). */
    private void withoutMemberships(String username) throws SQLException {
        String subject = subjectOf(username);
        List<String> tenants = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement as = connection.prepareStatement("select set_config('sohoa.user_subject', ?, false)");
             PreparedStatement held = connection.prepareStatement("select tenant_id from membership where user_subject = ?")) {
            as.setString(1, subject);
            as.execute();
            held.setString(1, subject);
            try (ResultSet rows = held.executeQuery()) {
                while (rows.next()) {
                    tenants.add(rows.getString(1));
                }
            }
        }
        for (String tenant : tenants) {
            TenantSql.update(dataSource, tenant, "delete from membership where user_subject = ?", subject);
        }
    }

    private static String subjectOf(String username) {
        String payload = Tokens.of(username).split("\\.")[1];
        String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(json).getString("sub");
    }
}
