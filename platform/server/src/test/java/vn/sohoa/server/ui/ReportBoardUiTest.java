package vn.sohoa.server.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;

/**
 * A report form on a phone keeps what is typed without a button, says when it saved, and stops at someone else's
 * change; the completeness board shows the year's periods side by side with their files.
 */
@QuarkusTest
class ReportBoardUiTest extends MonthlyReportBrowserTest {

    private static final String REPORT = "/api/v1/tenants/{code}/reports/{dataSet}/{period}";

    @Test
    void a_form_typed_on_a_phone_is_saved_as_the_person_types_and_never_over_someone_elses_change() {
        onAPhone();
        SignedIn.as(page, app, Api.ADMIN_A);
        page.navigate(SignedIn.tenantPage(app, commune, "reports/" + dataSet + "/2026-11"));
        PlaywrightAssertions.assertThat(page.locator("#report-autosave")).hasText("Báo cáo tự lưu bản nháp khi bạn nhập.");
        page.locator("#value-" + households + "-numerator input").fill("450");
        page.locator("#value-" + households + "-denominator input").fill("1.200");
        PlaywrightAssertions.assertThat(page.locator("#report-autosave"))
                .hasText(Pattern.compile("Đã lưu lúc 12:\\d\\d"));
        PlaywrightAssertions.assertThat(page.locator("#report-state")).hasText("Bản nháp");
        stored(450);
        Api.as(Api.ADMIN_A).get(REPORT, commune, dataSet, "2026-11").then().body("values[0].denominator", equalTo(1200.0f));

        page.reload();
        PlaywrightAssertions.assertThat(page.locator("#value-" + households + "-denominator input")).hasValue("1200");

        // Someone else saves meanwhile: the next change is not written over theirs, and the form says so.
        int version = Api.as(Api.ADMIN_A).get(REPORT, commune, dataSet, "2026-11").then().extract().path("version");
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("values", List.of(Map.of("indicatorCode", households, "numerator", 500,
                        "denominator", 1200)), "version", version))
                .put(REPORT, commune, dataSet, "2026-11").then().statusCode(200);
        page.locator("#value-" + households + "-numerator input").fill("460");
        PlaywrightAssertions.assertThat(page.locator("#report-conflict")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#report-autosave"))
                .hasText("Chưa lưu: báo cáo vừa được người khác thay đổi.");
        stored(500);

        // After loading their version, a figure the server refuses is marked and nothing is stored.
        page.locator("#report-reload").click();
        PlaywrightAssertions.assertThat(page.locator("#value-" + households + "-numerator input")).hasValue("500");
        page.locator("#value-" + households + "-numerator input").fill("1.500");
        PlaywrightAssertions.assertThat(page.locator("#report-autosave"))
                .hasText("Chưa lưu: sửa các chỉ tiêu được đánh dấu bên dưới.");
        PlaywrightAssertions.assertThat(page.locator("#value-" + households + "-error")).containsText(households);
        stored(500);
        page.locator("#value-" + households + "-numerator input").fill("480");
        PlaywrightAssertions.assertThat(page.locator("#report-autosave"))
                .hasText(Pattern.compile("Đã lưu lúc 12:\\d\\d"));
        stored(480);
    }

    @Test
    void the_board_shows_each_unit_across_the_months_of_the_year_on_a_phone_with_its_files() throws IOException {
        approved(commune, "2026-10");
        Api.as(Api.PROVINCE_ADMIN).body(percent(90, 100)).put(REPORT, commune, dataSet, "2026-11").then().statusCode(200);
        Api.as(Api.PROVINCE_ADMIN).post(REPORT + "/submit", commune, dataSet, "2026-11").then().statusCode(200);
        onAPhone();
        SignedIn.as(page, app, Api.ADMIN_B);
        page.navigate(SignedIn.tenantPage(app, province, "completeness/" + dataSet + "/2026-11"));

        PlaywrightAssertions.assertThat(page.locator("#completeness-periods")).containsText("Các kỳ trong năm 2026");
        PlaywrightAssertions.assertThat(page.locator("#completeness-periods-count-2026-11")).hasText("1/2");
        PlaywrightAssertions.assertThat(page.locator("#completeness-periods-count-2026-10")).hasText("1/2");
        // October was submitted after its due day, then approved; November is on time; the sibling never sent one.
        PlaywrightAssertions.assertThat(page.locator("#cell-" + commune + "-2026-10")).containsText("Đã duyệt");
        PlaywrightAssertions.assertThat(page.locator("#cell-" + commune + "-2026-10")).containsText("Trễ hạn");
        PlaywrightAssertions.assertThat(page.locator("#cell-" + commune + "-2026-11")).hasText("Đã nộp");
        PlaywrightAssertions.assertThat(page.locator("#cell-" + sibling + "-2026-03")).containsText("Chưa lập");
        PlaywrightAssertions.assertThat(page.locator("#cell-" + sibling + "-2026-03")).containsText("Trễ hạn");
        PlaywrightAssertions.assertThat(page.locator("#cell-" + sibling + "-2026-12")).hasText("Chưa lập");
        page.locator("#cell-" + sibling + "-2026-12").scrollIntoViewIfNeeded();
        PlaywrightAssertions.assertThat(page.locator("#cell-" + sibling + "-2026-12")).isInViewport();

        Download csv = page.waitForDownload(() -> page.locator("#periods-export-csv").click());
        String table = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertThat(csv.suggestedFilename()).isEqualTo(province + "-" + dataSet + "-2026.csv");
        assertThat(table).contains("2026-01").contains("2026-12").contains("Đã duyệt, trễ hạn")
                .contains(sibling).contains("1/2");
        Download pdf = page.waitForDownload(() -> page.locator("#periods-export-pdf").click());
        assertThat(Files.readAllBytes(pdf.path())).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        Download xlsx = page.waitForDownload(() -> page.locator("#periods-export-xlsx").click());
        assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
        assertThat(Files.size(xlsx.path())).isPositive();

        // A period's header leads to that period's own board.
        PlaywrightAssertions.assertThat(page.locator("#completeness-periods a",
                        new Page.LocatorOptions().setHasText("2026-10")))
                .hasAttribute("href", Pattern.compile(".*t/" + province + "/completeness/" + dataSet + "/2026-10$"));
        page.navigate(SignedIn.tenantPage(app, province, "completeness/" + dataSet + "/2026-10"));
        PlaywrightAssertions.assertThat(page.locator("#completeness-late")).hasText("2");
    }

    private void approved(String tenant, String period) {
        Api.as(Api.PROVINCE_ADMIN).body(percent(80, 100)).put(REPORT, tenant, dataSet, period).then().statusCode(200);
        Api.as(Api.PROVINCE_ADMIN).post(REPORT + "/submit", tenant, dataSet, period).then().statusCode(200);
        Api.as(Api.PROVINCE_ADMIN).post(REPORT + "/approve", tenant, dataSet, period).then().statusCode(200);
    }

    private Map<String, Object> percent(int numerator, int denominator) {
        return Map.of("values", List.of(Map.of("indicatorCode", households, "numerator", numerator,
                "denominator", denominator)));
    }

    private void stored(int numerator) {
        Api.as(Api.ADMIN_A).get(REPORT, commune, dataSet, "2026-11").then().statusCode(200)
                .body("values[0].numerator", equalTo((float) numerator));
    }
}
