package vn.sohoa.server.certificates;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TenantSql;

/** Only the issuing tenant's administrators revoke, with a reason; verification then shows it revoked. */
@QuarkusTest
class CertificateRevocationTest {

    @Inject
    Completions completions;

    @Inject
    AgroalDataSource dataSource;

    String province;
    String commune;
    String serial;

    @BeforeEach
    void a_certificate_of_a_province_earned_in_one_of_its_communes() throws Exception {
        province = Fixtures.newTenant();
        commune = Fixtures.newTenant(province);
        serial = completions.certify(Completions.of(province, commune, Api.MEMBER, "Phạm Văn Dũng"));
    }

    @Test
    void an_administrator_of_the_issuer_revokes_and_verification_shows_it_revoked() {
        Fixtures.addMember(province, Api.ADMIN_A, "TENANT_ADMIN");

        revoke(Api.ADMIN_A, province, Map.of("reason", "Cấp nhầm người")).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("revokedBy", equalTo(Api.ADMIN_A))
                .body("revokedReason", equalTo("Cấp nhầm người"));

        given().get("/api/v1/public/certificates/{serial}", serial).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("$", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasKey("revokedReason")));
        given().get("/verify/{serial}", serial).then().statusCode(200)
                .body(containsString("Chứng nhận đã bị thu hồi"), org.hamcrest.Matchers.not(containsString("Cấp nhầm")));
        Api.as(Api.MEMBER).get("/api/v1/me/certificates").then()
                .body("find { it.serial == '" + serial + "' }.status", equalTo("REVOKED"));
        revoke(Api.ADMIN_A, province, Map.of("reason", "Lần nữa")).then().statusCode(409);
    }

    @Test
    void an_administrator_of_another_tenant_cannot_revoke() throws Exception {
        String elsewhere = Fixtures.newTenant();
        Fixtures.addMember(elsewhere, Api.ADMIN_B, "TENANT_ADMIN");
        Fixtures.addMember(commune, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(province, Api.VIEWER, "VIEWER");

        revoke(Api.ADMIN_B, province, Map.of("reason", "x")).then().statusCode(404);
        revoke(Api.ADMIN_B, elsewhere, Map.of("reason", "x")).then().statusCode(404)
                .body("detail", containsString("certificate"));
        revoke(Api.ADMIN_A, commune, Map.of("reason", "The enrolment's tenant did not issue it")).then()
                .statusCode(404);
        revoke(Api.VIEWER, province, Map.of("reason", "x")).then().statusCode(403);
        revoke(Api.MEMBER, province, Map.of("reason", "x")).then().statusCode(404);

        assertThat(TenantSql.strings(dataSource, province, "select status from certificate where serial = ?", serial))
                .containsExactly("VALID");
    }

    @Test
    void a_revocation_without_a_reason_is_refused_and_changes_nothing() throws Exception {
        Map<String, Object> noReason = new HashMap<>();
        noReason.put("reason", null);
        for (Map<String, Object> body : java.util.List.<Map<String, Object>>of(Map.of(), Map.of("reason", "   "),
                noReason, Map.of("reason", "x".repeat(501)))) {
            revoke(Api.PROVINCE_ADMIN, province, body).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(containsString("reason")));
        }
        Api.as(Api.PROVINCE_ADMIN).post("/api/v1/tenants/{code}/certificates/{serial}/revoke", province, serial)
                .then().statusCode(400);

        assertThat(TenantSql.strings(dataSource, province,
                "select status || coalesce(revoked_reason, '') from certificate where serial = ?", serial))
                .containsExactly("VALID");
    }

    private io.restassured.response.Response revoke(String who, String tenant, Map<String, Object> body) {
        return Api.as(who).body(body).post("/api/v1/tenants/{code}/certificates/{serial}/revoke", tenant, serial);
    }
}
