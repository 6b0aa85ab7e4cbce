package vn.sohoa.server.certificates;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TestClock;

/** The holder lists and prints their certificates, with their name as written and a QR code that verifies it. */
@QuarkusTest
class CertificatePdfTest {

    @Inject
    Completions completions;

    @Inject
    TestClock clock;

    String province;
    String commune;

    @BeforeEach
    void a_province_and_a_commune_under_it() {
        province = Fixtures.newTenant();
        commune = Fixtures.newTenant(province);
    }

    @AfterEach
    void back_to_the_systems_time() {
        clock.reset();
    }

    @Test
    void the_pdf_carries_the_name_with_its_diacritics_and_a_qr_code_of_the_verification_page() throws Exception {
        clock.startAt(Instant.parse("2026-12-01T17:05:00Z"));
        String serial = completions.certify(Completions.of(province, commune, Api.VIEWER, "Nguyễn Thị Hồng Nhung"));

        byte[] pdf = Api.as(Api.VIEWER).accept("application/pdf")
                .get("/api/v1/me/certificates/{serial}.pdf", serial).then().statusCode(200)
                .contentType("application/pdf").header("Cache-Control", equalTo("private, no-store"))
                .extract().asByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Nguyễn Thị Hồng Nhung", "CHỨNG NHẬN HOÀN THÀNH",
                    "Kỹ năng số cơ bản cho Tổ công nghệ số cộng đồng", ("Xã thử " + province).toUpperCase(Locale.ROOT),
                    "02/12/2026", serial);
            assertThat(document.getPage(0).getResources().getFontNames()).isNotEmpty();
            assertThat(qrCodeOf(document)).endsWith("/verify/" + serial).startsWith("http");
        }
    }

    @Test
    void the_holder_lists_their_certificates_from_every_tenant() throws Exception {
        String other = Fixtures.newTenant();
        String here = completions.certify(Completions.of(province, commune, Api.MEMBER, "Phạm Văn Dũng"));
        String there = completions.certify(Completions.of(other, other, Api.MEMBER, "Phạm Văn Dũng"));
        String notMine = completions.certify(Completions.of(province, commune, Api.VIEWER, "Lê Thị Chi"));

        Api.as(Api.MEMBER).get("/api/v1/me/certificates").then().statusCode(200)
                .body("serial", hasItem(here)).body("serial", hasItem(there)).body("serial", not(hasItem(notMine)))
                .body("find { it.serial == '" + there + "' }.issuerCode", equalTo(other))
                .body("find { it.serial == '" + here + "' }.courseTitle",
                        equalTo("Kỹ năng số cơ bản cho Tổ công nghệ số cộng đồng"));
    }

    @Test
    void a_learner_cannot_fetch_another_learners_certificate() throws Exception {
        String serial = completions.certify(Completions.of(province, commune, Api.VIEWER, "Lê Thị Chi"));

        Api.as(Api.MEMBER).accept("application/pdf").get("/api/v1/me/certificates/{serial}.pdf", serial).then()
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:sohoa:problem:not-found"));
        Api.as(Api.PROVINCE_ADMIN).accept("application/pdf").get("/api/v1/me/certificates/{serial}.pdf", serial)
                .then().statusCode(404);
        given().accept("application/pdf").get("/api/v1/me/certificates/{serial}.pdf", serial).then().statusCode(401);
        given().get("/api/v1/me/certificates").then().statusCode(401).contentType("application/problem+json");
        Api.as(Api.VIEWER).accept("application/pdf").get("/api/v1/me/certificates/{serial}.pdf", "no-such-serial")
                .then().statusCode(404);
    }

    /** Renders the page and decodes the QR code on it, as a phone's camera would. */
    private static String qrCodeOf(PDDocument document) throws Exception {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
