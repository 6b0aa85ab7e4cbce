package vn.sohoa.server.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TestClock;

/** The pilot pages in a real browser: a pilot's life cycle across two levels, and nothing of a sibling's pilots. */
@QuarkusTest
class PilotsUiTest extends BrowserTest {

    private static final String NAME = "Chợ Vị Thanh không dùng tiền mặt";
    private static final String KPI = "Tiểu thương thanh toán bằng mã QR";

    @Inject
    TestClock clock;

    private String province;
    private String commune;
    private String sibling;

    @BeforeEach
    void a_province_with_two_communes_on_a_day_in_december() {
        // The pilot runs through 2026; the tests must not depend on the day they run.
        clock.startAt(Instant.parse("2026-12-02T05:00:00Z"));
        province = Fixtures.newTenant();
        commune = Fixtures.newTenant(province);
        sibling = Fixtures.newTenant(province);
        Fixtures.addMember(province, Api.ADMIN_B, "TENANT_ADMIN");
        Fixtures.addMember(commune, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(sibling, Api.MEMBER, "TENANT_ADMIN");
    }

    @AfterEach
    void the_clock_runs_on_the_systems_time_again() {
        clock.reset();
    }

    @Test
    void a_commune_proposes_a_pilot_the_province_approves_it_and_the_commune_records_a_measurement() {
        int pilot = draftPilot(commune, Api.ADMIN_A);
        SignedIn.as(page, app, Api.ADMIN_A);
        page.navigate(SignedIn.tenantPage(app, commune, "pilots"));
        SignedIn.gridCell(page, NAME).click();
        step("#pilot-propose");
        PlaywrightAssertions.assertThat(page.locator("#pilot-status")).hasText("Đề xuất");
        PlaywrightAssertions.assertThat(page.locator("#pilot-approve")).hasCount(0); // never its own approval

        signInAgainAs(Api.ADMIN_B);
        page.navigate(SignedIn.tenantPage(app, commune, "pilots/" + pilot));
        page.locator("#pilot-approve").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Số quyết định").fill("123/QĐ-UBND");
        dialog.getByLabel("Ngày quyết định").fill("01/02/2026");
        dialog.getByLabel("Ngày quyết định").press("Enter");
        button("Lưu").click();
        PlaywrightAssertions.assertThat(page.locator("#pilot-status")).hasText("Phê duyệt");
        PlaywrightAssertions.assertThat(page.getByText("123/QĐ-UBND · 01/02/2026")).isVisible();

        signInAgainAs(Api.ADMIN_A);
        page.navigate(SignedIn.tenantPage(app, commune, "pilots/" + pilot));
        step("#pilot-start");
        PlaywrightAssertions.assertThat(page.locator("#pilot-status")).hasText("Triển khai");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Số liệu đo")).click();
        page.locator("#pilot-record-measurement").click();
        page.locator("#measurement-kpi").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(KPI)).click();
        page.locator("#measurement-period input").fill("2026-11");
        page.locator("#measurement-value input").fill("120");
        button("Lưu").click();

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Số liệu đo")).click();
        // The period column's header also names 2026-11 as an example.
        PlaywrightAssertions.assertThat(page.getByText("2026-11", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, "120")).isVisible();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Chỉ số (KPI)")).click();
        PlaywrightAssertions.assertThat(page.locator("#kpi-QR canvas")).not().hasCount(0);
    }

    @Test
    void a_siblings_pilot_shows_the_not_found_page_by_its_address_and_under_ones_own_code() {
        int siblings = draftPilot(sibling, Api.MEMBER);
        SignedIn.as(page, app, Api.ADMIN_A);

        page.navigate(SignedIn.tenantPage(app, sibling, "pilots/" + siblings));
        PlaywrightAssertions.assertThat(page.locator("#not-found")).isVisible();
        page.navigate(SignedIn.tenantPage(app, commune, "pilots/" + siblings));
        PlaywrightAssertions.assertThat(page.locator("#not-found")).isVisible();
        page.navigate(SignedIn.tenantPage(app, commune, "pilots"));
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING)).containsText("Mô hình thí điểm");
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, NAME)).hasCount(0);
    }

    /** A DRAFT pilot of {@code tenant} with one counted KPI, created through the API by its administrator. */
    private static int draftPilot(String tenant, String admin) {
        Map<String, Object> kpi = Map.of("code", "QR", "name", KPI, "kind", "NUMBER", "direction", "UP",
                "unit", "hộ", "baseline", 40, "target", 300, "key", true);
        return Api.as(admin).body(Map.of("name", NAME, "field", "COMMERCE", "startDate", "2026-01-01",
                        "endDate", "2026-12-31", "responsible", "Nguyễn Văn Tâm", "kpis", List.of(kpi)))
                .post("/api/v1/tenants/{code}/pilots", tenant).then().statusCode(201).extract().path("id");
    }

    private void step(String buttonId) {
        page.locator(buttonId).click();
        button("Lưu").click();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private void signInAgainAs(String username) {
        page.navigate("about:blank");
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 800));
        page = context.newPage();
        SignedIn.as(page, app, username);
    }
}
