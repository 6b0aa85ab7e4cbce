package vn.sohoa.server.pilots;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Tokens;

/**
 * Evidence files of a pilot: stored and streamed back under the pilot's tenant, refused by content type (415)
 * and size (413) with nothing stored, invisible to a sibling commune (404).
 */
@QuarkusTest
class PilotEvidenceTest {

    static final String EVIDENCE = "/api/v1/tenants/{code}/pilots/{id}/evidence";

    PilotFixtures world;
    int pilot;

    @BeforeEach
    void a_running_pilot() {
        world = new PilotFixtures();
        pilot = world.runningPilot();
    }

    static byte[] pdf(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) ' ');
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }

    private io.restassured.response.ValidatableResponse upload(String who, String tenant, byte[] content, String name) {
        return upload(who, tenant, content, name, "2026-03");
    }

    private io.restassured.response.ValidatableResponse upload(String who, String tenant, byte[] content, String name,
                                                               String period) {
        return given().auth().oauth2(Tokens.of(who)).contentType("application/octet-stream").accept("application/json")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .queryParam("kpiCode", "QR").queryParam("period", period).body(content)
                .post(EVIDENCE, tenant, pilot).then();
    }

    @Test
    void evidence_is_stored_under_the_pilots_tenant_and_streamed_back() {
        byte[] content = pdf(300_000);
        int id = upload(Api.ADMIN_A, world.commune, content, "danh-sach-tieu-thuong.pdf").statusCode(201)
                .body("kind", equalTo("PDF")).body("size", equalTo(300_000)).body("kpiCode", equalTo("QR"))
                .extract().path("id");
        Api.as(Api.ADMIN_B).get(EVIDENCE, world.commune, pilot).then().statusCode(200)
                .body("name", equalTo(List.of("danh-sach-tieu-thuong.pdf")));
        byte[] back = given().auth().oauth2(Tokens.of(Api.ADMIN_B)).get(EVIDENCE + "/{e}", world.commune, pilot, id)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(back).isEqualTo(content);

        given().auth().oauth2(Tokens.of(Api.MEMBER)).get(EVIDENCE + "/{e}", world.commune, pilot, id).then().statusCode(404);
        given().auth().oauth2(Tokens.of(Api.MEMBER)).get(EVIDENCE + "/{e}", world.sibling, pilot, id).then().statusCode(404);
        Api.as(Api.MEMBER).get(EVIDENCE, world.sibling, pilot).then().statusCode(404);
        upload(Api.MEMBER, world.sibling, pdf(1000), "x.pdf").statusCode(404);
    }

    @Test
    void a_mistyped_or_oversized_file_or_a_period_the_pilot_does_not_report_is_refused_and_nothing_is_stored() {
        upload(Api.ADMIN_A, world.commune, "tên,số\nA,1\n".getBytes(StandardCharsets.UTF_8), "bang.pdf")
                .statusCode(415).contentType("application/problem+json");
        upload(Api.ADMIN_A, world.commune, pdf(10 * 1024 * 1024 + 1), "lon.pdf")
                .statusCode(413).contentType("application/problem+json");
        // Evidence of an actual is for a period an actual could be recorded for.
        upload(Api.ADMIN_A, world.commune, pdf(1000), "tuong-lai.pdf", "2099-01").statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("period"));
        upload(Api.ADMIN_A, world.commune, pdf(1000), "quy.pdf", "2026-Q1").statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("period"));
        Api.as(Api.ADMIN_A).get(EVIDENCE, world.commune, pilot).then().statusCode(200).body("size()", equalTo(0));
    }
}
