package vn.sohoa.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.platform.units.domain.UnitType;
import vn.sohoa.platform.units.service.UnitDraft;
import vn.sohoa.platform.units.service.UnitService;

/** The sub-units page in a real browser, signed in through the Keycloak login page. */
@QuarkusTest
class UnitsUiTest extends BrowserTest {

    private static final String ADMIN = "an.nguyen";
    private static final String VIEWER = "chi.le";

    @Inject
    TestCommunes communes;

    @Inject
    TenantWork work;

    @Inject
    UnitService units;

    @Test
    void a_tenant_admin_adds_a_unit_and_sees_it_in_the_grid() {
        String first = communes.with(ADMIN, Role.TENANT_ADMIN);
        String second = communes.with(ADMIN, Role.TENANT_ADMIN);

        SignedIn.as(page, app, ADMIN);
        open(second);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm")).click();
        Locator form = page.getByRole(AriaRole.DIALOG);
        field(form, "Mã").fill("AP-1");
        field(form, "Tên").fill("Ấp Thạnh Lợi");
        field(form, "Loại").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Ấp")).click();
        field(form, "Số hộ").fill("420");
        field(form, "Số dân").fill("1630");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

        PlaywrightAssertions.assertThat(gridCell("Ấp Thạnh Lợi")).isVisible();
        PlaywrightAssertions.assertThat(gridCell("1.630")).isVisible();
        assertThat(work.inTenant(second, () -> units.find("AP-1"))).hasValueSatisfying(unit -> {
            assertThat(unit.name()).isEqualTo("Ấp Thạnh Lợi");
            assertThat(unit.population()).isEqualTo(1630);
        });
        assertThat(work.inTenant(first, () -> units.find("AP-1"))).isEmpty();
    }

    @Test
    void a_duplicate_code_is_refused_with_the_reason_and_the_form_stays_open() {
        String commune = communes.with(ADMIN, Role.TENANT_ADMIN);
        work.inTenant(commune, () -> units.create(new UnitDraft("AP-1", "Ấp Một", UnitType.HAMLET, 10, 40)));

        SignedIn.as(page, app, ADMIN);
        open(commune);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm")).click();
        Locator form = page.getByRole(AriaRole.DIALOG);
        field(form, "Mã").fill("AP-1");
        field(form, "Tên").fill("Ấp Hai");
        field(form, "Loại").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Ấp")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

        PlaywrightAssertions.assertThat(page.locator("vaadin-notification-card"))
                .containsText("Trùng dữ liệu: This tenant already has a sub-unit with code AP-1.");
        PlaywrightAssertions.assertThat(field(form, "Tên")).hasValue("Ấp Hai");
        assertThat(work.inTenant(commune, () -> units.find("AP-1"))).hasValueSatisfying(
                unit -> assertThat(unit.name()).isEqualTo("Ấp Một"));
    }

    @Test
    void a_viewer_finds_units_by_name_but_has_no_way_to_change_them() {
        String commune = communes.with(VIEWER, Role.VIEWER);
        work.inTenant(commune, () -> units.create(new UnitDraft("KV1", "Khu vực 1", UnitType.RESIDENTIAL_GROUP, 299, 1093)));
        work.inTenant(commune, () -> units.create(new UnitDraft("KV2", "Khu vực 2", UnitType.RESIDENTIAL_GROUP, 401, 1639)));

        SignedIn.as(page, app, VIEWER);
        open(commune);
        SignedIn.search(page, page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Tìm theo mã hoặc tên")),
                "vực 2");

        PlaywrightAssertions.assertThat(gridCell("Khu vực 2")).isVisible();
        PlaywrightAssertions.assertThat(gridCell("Khu vực 1")).hasCount(0);
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm")))
                .hasCount(0);
        gridCell("Khu vực 2").click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
    }

    /** Opens the units page of the commune, which shows its name. */
    private void open(String code) {
        page.navigate(SignedIn.tenantPage(app, code, "units"));
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING)).hasText(TestCommunes.name(code));
    }

    private static Locator field(Locator form, String label) {
        return form.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    private Locator gridCell(String text) {
        return SignedIn.gridCell(page, text);
    }
}
