package vn.sohoa.server.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;

/**
 * The report pages in a real browser: a commune fills and submits its monthly form on a phone, the province
 * approves it from its inbox, the completeness board counts it; a sibling's form is not found.
 */
@QuarkusTest
class IndicatorsUiTest extends MonthlyReportBrowserTest {

    private static final String PERIOD = "2026-11";

    @Test
    void a_commune_submits_its_form_the_province_approves_it_and_the_board_counts_it() {
        onAPhone();
        SignedIn.on(page, SignedIn.tenantPage(app, commune, "reports"), Api.ADMIN_A);
        SignedIn.gridCell(page, PERIOD).first().click();
        PlaywrightAssertions.assertThat(page.locator("#report-state")).hasText("Chưa lập");
        page.locator("#value-" + households + "-numerator input").fill("450");
        page.locator("#value-" + households + "-denominator input").fill("1.200");
        page.locator("#value-" + households + "-denominator input").press("Tab");
        page.locator("#report-save").click();
        PlaywrightAssertions.assertThat(page.locator("#report-state")).hasText("Bản nháp");
        page.locator("#value-" + households + "-numerator input").fill("1.500");
        page.locator("#value-" + households + "-numerator input").press("Tab");
        page.locator("#report-submit").click();
        // The server's refusal is shown under the indicator it names, and the form stays a draft.
        PlaywrightAssertions.assertThat(page.locator("#value-" + households + "-error")).containsText(households);
        PlaywrightAssertions.assertThat(page.locator("#report-state")).hasText("Bản nháp");
        page.locator("#value-" + households + "-numerator input").fill("450");
        page.locator("#value-" + households + "-numerator input").press("Tab");
        page.locator("#report-submit").click();
        PlaywrightAssertions.assertThat(page.locator("#report-state")).hasText("Đã nộp");
        PlaywrightAssertions.assertThat(page.locator("#report-approve")).hasCount(0); // never its own approval

        onADesktop();
        SignedIn.on(page, SignedIn.tenantPage(app, province, "reports/inbox"), Api.ADMIN_B);
        SignedIn.gridCell(page, "Xã thử " + commune).click();
        PlaywrightAssertions.assertThat(page.locator("#value-" + households + "-numerator input")).hasAttribute("readonly", "");
        page.locator("#report-approve").click();
        PlaywrightAssertions.assertThat(page.locator("#report-state")).hasText("Đã duyệt");

        page.navigate(SignedIn.tenantPage(app, province, "completeness/" + dataSet + "/" + PERIOD));
        PlaywrightAssertions.assertThat(page.locator("#completeness-expected")).hasText("2");
        PlaywrightAssertions.assertThat(page.locator("#completeness-approved")).hasText("1");
        PlaywrightAssertions.assertThat(page.locator("#completeness-on-time")).hasText("1");
        PlaywrightAssertions.assertThat(page.locator("#completeness-missing")).containsText(sibling);
        PlaywrightAssertions.assertThat(page.locator("#completeness-missing")).not().containsText(commune);
    }

    @Test
    void a_siblings_form_is_the_not_found_page() {
        SignedIn.on(page, SignedIn.tenantPage(app, sibling, "reports/" + dataSet + "/" + PERIOD), Api.ADMIN_A);
        PlaywrightAssertions.assertThat(page.locator("#not-found")).isVisible();
        page.navigate(SignedIn.tenantPage(app, commune, "reports/" + dataSet + "/2026-13"));
        PlaywrightAssertions.assertThat(page.locator("#not-found")).isVisible();
        page.navigate(SignedIn.tenantPage(app, sibling, "completeness/" + dataSet + "/" + PERIOD));
        PlaywrightAssertions.assertThat(page.locator("#not-found")).isVisible();
    }

    @Test
    void a_commune_reads_its_dti_preview_among_its_siblings_and_the_inherited_catalogue() {
        SignedIn.on(page, SignedIn.tenantPage(app, commune, "dti/2026"), Api.ADMIN_A);
        PlaywrightAssertions.assertThat(page.locator("#dti-rank")).containsText("/2");
        PlaywrightAssertions.assertThat(page.locator("#dti-pillars canvas")).not().hasCount(0);
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, "Xã thử " + sibling)).isVisible();
        page.navigate(SignedIn.tenantPage(app, commune, "indicators"));
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, households)).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#indicator-add")).isVisible();
        page.navigate(SignedIn.tenantPage(app, commune, "data-sets"));
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, dataSet)).isVisible();
    }

    @Test
    void an_indicator_counting_one_support_category_keeps_it_when_edited_and_shows_it_by_its_label() {
        String code = "VN-" + UUID.randomUUID().toString().substring(0, 8);
        Api.as(Api.ADMIN_A).body(Map.of("code", code, "name", "Lượt hỗ trợ VNeID", "unit", "lượt", "kind", "NUMBER",
                "acrossTenants", "SUM", "acrossPeriods", "SUM", "direction", "UP", "source", "SUPPORT_ACTS",
                "sourceCategory", "VNEID")).post("/api/v1/tenants/{code}/indicators", commune).then().statusCode(201);
        SignedIn.on(page, SignedIn.tenantPage(app, commune, "indicators"), Api.ADMIN_A);
        SignedIn.gridCell(page, code).click();
        PlaywrightAssertions.assertThat(page.locator("#indicator-category"))
                .containsText("Kích hoạt tài khoản định danh điện tử VNeID");
        page.locator("#indicator-name input").fill("Lượt hỗ trợ kích hoạt VNeID");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, "Lượt hỗ trợ kích hoạt VNeID")).isVisible();
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/indicators", commune).then().statusCode(200)
                .body("find { it.code == '" + code + "' }.sourceCategory", org.hamcrest.Matchers.equalTo("VNEID"));
    }
}
