package vn.sohoa.server.ui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.Tokens;
import vn.sohoa.server.training.CourseDocs;

/**
 * Certificates from other platforms on a phone: a learner sends one from the course's page; a commune's administrator
 * accepts one, which then counts as the person's completion, and refuses another with a reason.
 */
@QuarkusTest
class ExternalReviewUiTest extends BrowserTest {

    private static final String EXTERNAL = "/api/v1/tenants/{code}/external-completions";
    private static final byte[] PDF = ("%PDF-1.7\n" + "x".repeat(3000)).getBytes(StandardCharsets.US_ASCII);

    @Test
    void an_administrator_accepts_one_certificate_and_refuses_another_with_a_reason() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(commune, Api.MEMBER, "TEAM_MEMBER");
        Fixtures.addMember(commune, Api.VIEWER, "TEAM_MEMBER");
        int course = published(province);
        record(Api.MEMBER, commune, course);
        record(Api.VIEWER, commune, course);
        onAPhone();
        SignedIn.as(page, app, Api.ADMIN_A);

        page.navigate(SignedIn.tenantPage(app, commune, "training/external-completions"));
        Locator cards = page.locator(".external-completion");
        PlaywrightAssertions.assertThat(cards).hasCount(2);
        Locator accepted = cards.filter(new Locator.FilterOptions().setHasText(Api.MEMBER));
        PlaywrightAssertions.assertThat(accepted).containsText("Hoàn thành trên OneTouch ngày 03/11/2025");
        accepted.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Công nhận").setExact(true)).click();
        PlaywrightAssertions.assertThat(cards).hasCount(1);

        cards.filter(new Locator.FilterOptions().setHasText(Api.VIEWER))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Không công nhận")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.locator("textarea").fill("Tệp không đọc được tên người học");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Không công nhận")).click();
        PlaywrightAssertions.assertThat(cards).hasCount(0);
        page.reload();
        PlaywrightAssertions.assertThat(page.getByText("Không có chứng nhận nào chờ duyệt.")).isVisible();

        List<Map<String, Object>> reviewed = Api.as(Api.ADMIN_A).get(EXTERNAL + "?status=ALL", commune).then()
                .statusCode(200).extract().path("items");
        assertThat(reviewed).extracting(item -> item.get("username") + " " + item.get("status"))
                .containsExactlyInAnyOrder(Api.MEMBER + " ACCEPTED", Api.VIEWER + " REFUSED");
        assertThat(Api.as(Api.MEMBER).get("/api/v1/me/learning").then().statusCode(200)
                .extract().<List<Integer>>path("items.findAll { it.percent == 100 }.courseId")).contains(course);
    }

    @Test
    void a_learner_sends_a_certificate_from_another_platform_from_the_course_page() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.MEMBER, "TEAM_MEMBER");
        int course = published(province);
        onAPhone();
        SignedIn.as(page, app, Api.MEMBER);

        page.navigate(SignedIn.tenantPage(app, commune, "courses/" + course));
        page.locator("#external-record").click();
        page.locator("#external-send").click();
        PlaywrightAssertions.assertThat(page.locator("#external-refused"))
                .hasText("Hãy chọn ngày hoàn thành và tải lên tệp chứng nhận.");
        day("#external-day", "03/11/2025");
        chooseFile("<html>giả</html>".getBytes(StandardCharsets.UTF_8));
        page.locator("#external-send").click();
        PlaywrightAssertions.assertThat(page.locator("#external-refused")).hasText("Chỉ nhận tệp PDF, JPEG hoặc PNG.");
        chooseFile(PDF);
        PlaywrightAssertions.assertThat(page.locator("#external-chosen")).hasText("Tệp đã chọn: chung-chi.pdf");
        page.locator("#external-send").click();
        PlaywrightAssertions.assertThat(page.getByText("Đã gửi chứng nhận, đang chờ duyệt")).isVisible();

        List<Map<String, Object>> mine = Api.as(Api.MEMBER).get(EXTERNAL + "/mine", commune).then().statusCode(200)
                .extract().path("items");
        assertThat(mine).extracting(item -> item.get("platform") + " " + item.get("completedOn") + " " + item.get("status"))
                .containsExactly("OneTouch 2025-11-03 PENDING");
    }

    private void chooseFile(byte[] content) {
        page.locator("#external-file input[type=file]").setInputFiles(
                new FilePayload("chung-chi.pdf", "application/pdf", content));
        SignedIn.answered(page);
    }

    private static int published(String province) {
        return CourseDocs.published(province, Map.of("code", "OT-" + System.nanoTime() % 100_000,
                "title", "Thanh toán không dùng tiền mặt an toàn", "audiences", List.of("TEAM_MEMBER"),
                "sharing", "DESCENDANTS", "sections", List.of(Map.of("title", "Bài học", "lessons", List.of(
                        Map.of("kind", "TEXT", "title", "Mã QR", "body", "Kiểm tra tên người nhận."))))));
    }

    private static void record(String who, String tenant, int course) {
        given().auth().oauth2(Tokens.of(who)).contentType("application/octet-stream").accept("application/json")
                .header("Content-Disposition", "attachment; filename=\"chung-chi.pdf\"").body(PDF)
                .post(EXTERNAL + "?courseId=" + course + "&platform=OneTouch&completedOn=2025-11-03", tenant)
                .then().statusCode(201);
    }
}
