package vn.sohoa.server.certificates;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TestClock;

/** Anyone holding a serial verifies it without a login, and learns the public fields and nothing else. */
@QuarkusTest
class CertificateVerificationTest {

    @Inject
    Completions completions;

    @Inject
    TestClock clock;

    String province;
    String commune;
    String serial;

    @BeforeEach
    void a_certificate_issued_on_the_first_of_april() throws Exception {
        province = Fixtures.newTenant();
        commune = Fixtures.newTenant(province);
        clock.startAt(Instant.parse("2026-04-01T02:00:00Z"));
        serial = completions.certify(Completions.of(province, commune, Api.VIEWER, "Nguyễn Thị Hồng Nhung"));
        clock.reset();
    }

    @AfterEach
    void back_to_the_systems_time() {
        clock.reset();
    }

    @Test
    void the_public_api_answers_without_a_token_with_the_public_fields_only() {
        Map<String, Object> answer = given().accept("application/json")
                .get("/api/v1/public/certificates/{serial}", serial).then().statusCode(200)
                .header("Cache-Control", containsString("no-store")).extract().jsonPath().getMap("");

        assertThat(answer).containsOnly(Map.entry("serial", serial), Map.entry("holderName", "Nguyễn Thị Hồng Nhung"),
                Map.entry("course", "Kỹ năng số cơ bản cho Tổ công nghệ số cộng đồng"),
                Map.entry("issuer", "Xã thử " + province), Map.entry("issuedOn", "2026-04-01"),
                Map.entry("status", "VALID"));
        assertThat(answer.toString()).doesNotContain(Api.VIEWER, commune, "KNS-CB");
    }

    @Test
    void a_serial_typed_in_lower_case_without_dashes_verifies_the_same() {
        given().get("/api/v1/public/certificates/{serial}", serial.replace("-", "").toLowerCase()).then()
                .statusCode(200).body("serial", equalTo(serial));
    }

    @Test
    void an_unknown_or_malformed_serial_is_a_404_problem() {
        String unknown = serial.substring(0, serial.length() - 1) + (serial.endsWith("0") ? "1" : "0");
        for (String wrong : new String[] {unknown, "1", "%3Cscript%3E", "A".repeat(300)}) {
            given().urlEncodingEnabled(false).get("/api/v1/public/certificates/" + wrong).then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo("urn:sohoa:problem:not-found"));
        }
    }

    @Test
    void the_public_api_is_the_only_api_open_without_a_token() {
        given().get("/api/v1/tenants/{code}/units", province).then().statusCode(401)
                .contentType("application/problem+json");
        given().get("/api/v1/me/certificates").then().statusCode(401);
        given().contentType("application/json").body(Map.of("reason", "x"))
                .post("/api/v1/tenants/{code}/certificates/{serial}/revoke", province, serial).then().statusCode(401);
        given().get("/api/v1/public/no-such-thing").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/tenants/{code}/forgotten-annotation", province).then().statusCode(401)
                .contentType("application/problem+json");
        Api.as(Api.VIEWER).accept("text/plain").get("/api/v1/tenants/{code}/forgotten-annotation", province).then()
                .statusCode(200);
    }

    @Test
    void the_verification_page_opens_without_a_login_in_vietnamese_and_in_english() {
        Response vietnamese = given().redirects().follow(false).get("/verify/{serial}", serial);
        assertThat(vietnamese.statusCode()).isEqualTo(200);
        assertThat(vietnamese.contentType()).startsWith("text/html");
        assertThat(vietnamese.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(vietnamese.asString()).contains("<html lang=\"vi\">", "Chứng nhận hợp lệ", "Nguyễn Thị Hồng Nhung",
                "Kỹ năng số cơ bản cho Tổ công nghệ số cộng đồng", "Xã thử " + province, "01/04/2026", serial,
                "width=device-width", "?lang=en").doesNotContain(Api.VIEWER, commune, "<script");

        given().redirects().follow(false).get("/verify/{serial}?lang=en", serial).then().statusCode(200)
                .body(containsString("<html lang=\"en\">"), containsString("Valid certificate"),
                        containsString("Nguyễn Thị Hồng Nhung"));
        given().redirects().follow(false).get("/verify/{serial}", "KHONG-CO-SO-HIEU-NAY").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("Không tìm thấy chứng nhận"));
    }

    @Test
    void the_page_escapes_what_it_shows() throws Exception {
        String hostile = completions.certify(Completions.of(province, commune, Api.VIEWER,
                "<script>alert(1)</script> Lê \"Văn\" & 'Tí'"));

        String page = given().get("/verify/{serial}", hostile).then().statusCode(200).extract().asString();

        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; Lê &quot;Văn&quot; &amp; &#39;Tí&#39;")
                .doesNotContain("<script>");
        given().urlEncodingEnabled(false).get("/verify/%3Cb%3Ex%3C%2Fb%3E").then().statusCode(404)
                .body(containsString("&lt;b&gt;x&lt;/b&gt;"), org.hamcrest.Matchers.not(containsString("<b>x")));
    }
}
