package vn.sohoa.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import vn.sohoa.admin.members.service.IdentityDirectory;
import vn.sohoa.admin.members.service.MembershipService;
import vn.sohoa.admin.settings.service.TenantSettingsService;
import vn.sohoa.admin.tenants.service.TenantDraft;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.Membership;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.tenancy.domain.TenantStatus;
import vn.sohoa.platform.tenancy.service.TenantDirectory;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.platform.units.domain.UnitType;
import vn.sohoa.platform.units.service.UnitDraft;
import vn.sohoa.platform.units.service.UnitService;

/** Tenant administration in a real browser: the tree, the import wizard and a merge. */
@QuarkusTest
class TenantAdminUiTest extends BrowserTest {

    private static final String PROVINCE_ADMIN = "province.admin";

    @Inject
    TenantService tenants;

    @Inject
    TenantDirectory directory;

    @Inject
    TenantWork work;

    @Inject
    MembershipService memberships;

    @Inject
    IdentityDirectory people;

    @Inject
    UnitService units;

    @Inject
    TenantSettingsService settings;

    @Inject
    Keycloak keycloak;

    @Test
    void the_tree_finds_a_vietnamese_name_typed_without_diacritics() {
        String code = newCode();
        tenants.provision(new TenantDraft(code, "Phường Vị Thanh " + code, TenantKind.COMMUNE, null));

        SignedIn.as(page, app, PROVINCE_ADMIN);
        openTree();
        searchTree("vi thanh " + code.toLowerCase());

        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, "Phường Vị Thanh " + code)).isVisible();
    }

    @Test
    void the_import_wizard_shows_a_bad_lines_problem_and_imports_a_good_file_into_the_tree() {
        String province = newCode();
        SignedIn.as(page, app, PROVINCE_ADMIN);
        page.navigate(app + "tenants/import");

        upload("code,name,kind,parentCode\n" + province + ",Tỉnh Thử " + province + ",PROVINCE,\n"
                + province + ".1,Xã Một,VILLAGE," + province + "\n");
        Locator problems = page.locator("#import-problems");
        PlaywrightAssertions.assertThat(problems.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("must be one of"))).isVisible();
        PlaywrightAssertions.assertThat(button("Nhập")).isDisabled();

        upload("code,name,kind,parentCode\n" + province + ",Tỉnh Thử " + province + ",PROVINCE,\n"
                + province + ".1,Xã Đại Thành " + province + ",COMMUNE," + province + "\n");
        PlaywrightAssertions.assertThat(page.locator("#import-summary")).containsText("2 đơn vị sẽ được tạo, 0 lỗi");
        button("Nhập").click();
        PlaywrightAssertions.assertThat(page.locator("#import-result")).hasText("Đã nhập xong: tạo 2 đơn vị.");

        openTree();
        searchTree("dai thanh " + province.toLowerCase());
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, "Xã Đại Thành " + province)).isVisible();
        assertThat(directory.find(province + ".1")).hasValueSatisfying(
                tenant -> assertThat(tenant.parentCode()).isEqualTo(province));
    }

    @Test
    void the_merge_dialog_shows_the_impact_before_merging_and_offers_the_people_afterwards() {
        String province = newCode();
        tenants.provision(new TenantDraft(province, "Tỉnh " + province, TenantKind.PROVINCE, null));
        String merged = province + ".A";
        String successor = province + ".B";
        tenants.provision(new TenantDraft(merged, "Xã Hỏa Lựu " + province, TenantKind.COMMUNE, province));
        tenants.provision(new TenantDraft(successor, "Xã Hỏa Tiến " + province, TenantKind.COMMUNE, province));
        work.inTenant(merged, () -> units.create(new UnitDraft("AP-1", "Ấp Thạnh Lợi", UnitType.HAMLET, 10, 40)));
        var viewer = people.findByUsername("chi.le").orElseThrow();
        work.inTenant(merged, () -> memberships.add(viewer, Role.VIEWER));

        SignedIn.as(page, app, PROVINCE_ADMIN);
        openTree();
        searchTree(merged);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở Xã Hỏa Lựu " + province)).click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
                .hasText("Xã Hỏa Lựu " + province);
        button("Sáp nhập").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Sáp nhập vào", new Locator.GetByLabelOptions().setExact(true)).fill(successor);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Xã Hỏa Tiến " + province)).click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Xem trước")).click();

        Locator impact = page.locator("#impact-preview");
        PlaywrightAssertions.assertThat(impact).containsText("Đơn vị chấm dứt: " + merged);
        PlaywrightAssertions.assertThat(impact).containsText("Đơn vị trực thuộc được sao chép: 1");
        PlaywrightAssertions.assertThat(impact).containsText("Người được đề nghị thêm vào đơn vị kế thừa: 1");
        assertThat(directory.find(merged).orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);

        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sáp nhập").setExact(true)).click();
        PlaywrightAssertions.assertThat(dialog).hasCount(0);
        PlaywrightAssertions.assertThat(page.locator("#tenant-switcher input")).hasValue(
                "Xã Hỏa Tiến " + province + " (" + successor + ")");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
                .hasText("Xã Hỏa Tiến " + province);
        assertThat(directory.find(merged).orElseThrow().status()).isEqualTo(TenantStatus.MERGED);

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Lịch sử sắp xếp")).click();
        assertThat(memberUsernames(successor)).doesNotContain("chi.le");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm với vai trò Người xem")).click();
        PlaywrightAssertions.assertThat(page.getByText("Không còn ai chờ thêm")).isVisible();
        assertThat(memberUsernames(successor)).containsExactly("chi.le");
    }

    @Test
    void a_viewer_finds_only_their_own_tenants_and_gets_no_administration() {
        String mine = newCode();
        String other = newCode();
        tenants.provision(new TenantDraft(mine, "Phường Vị Thanh " + mine, TenantKind.COMMUNE, null));
        tenants.provision(new TenantDraft(other, "Phường Vị Thanh " + other, TenantKind.COMMUNE, null));
        var viewer = people.findByUsername("chi.le").orElseThrow();
        work.inTenant(mine, () -> memberships.add(viewer, Role.VIEWER));

        SignedIn.as(page, app, "chi.le");
        openTree();
        searchTree("vi thanh " + mine.toLowerCase());
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, "Phường Vị Thanh " + mine)).isVisible();
        searchTree("vi thanh " + other.toLowerCase());
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, "Phường Vị Thanh " + mine)).hasCount(0);
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, "Phường Vị Thanh " + other)).hasCount(0);
        searchTree("vi thanh " + mine.toLowerCase());

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở Phường Vị Thanh " + mine)).click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Thành viên")))
                .isVisible();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Nhật ký thay đổi")))
                .hasCount(0);
        PlaywrightAssertions.assertThat(button("Sáp nhập")).hasCount(0);
        PlaywrightAssertions.assertThat(button("Thêm đơn vị cấp dưới")).hasCount(0);
        PlaywrightAssertions.assertThat(button("Sửa tên, cấp")).hasCount(0);
    }

    @Test
    void an_administrator_adds_a_tenant_below_after_correcting_its_code_and_lands_on_its_page() {
        String commune = newCode();
        String hamletSchool = commune + ".TH1";
        tenants.provision(new TenantDraft(commune, "Xã Hỏa Lựu " + commune, TenantKind.COMMUNE, null));

        SignedIn.as(page, app, PROVINCE_ADMIN);
        openTenant(commune, "Xã Hỏa Lựu " + commune);
        button("Thêm đơn vị cấp dưới").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Mã").fill("TH 1");
        dialog.getByLabel("Tên").fill("Trường Tiểu học Hỏa Lựu 1");
        dialog.getByLabel("Cấp / loại").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Trường học")).click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu")).click();
        PlaywrightAssertions.assertThat(fieldError("Mã gồm 1 đến 32 chữ cái không dấu")).isVisible();
        assertThat(directory.find(hamletSchool)).isEmpty();

        dialog.getByLabel("Mã").fill(hamletSchool);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu")).click();
        PlaywrightAssertions.assertThat(heading("Trường Tiểu học Hỏa Lựu 1")).isVisible();
        var created = directory.find(hamletSchool).orElseThrow();
        assertThat(created.parentCode()).isEqualTo(commune);
        assertThat(created.kind()).isEqualTo(TenantKind.SCHOOL);
    }

    @Test
    void a_governor_renames_a_tenant_and_a_taken_code_keeps_the_dialog_open() {
        String commune = newCode();
        tenants.provision(new TenantDraft(commune, "Xã Hỏa Lựu " + commune, TenantKind.COMMUNE, null));
        tenants.provision(new TenantDraft(commune + ".A", "Ấp đã có", TenantKind.OTHER, commune));

        SignedIn.as(page, app, PROVINCE_ADMIN);
        openTenant(commune, "Xã Hỏa Lựu " + commune);
        button("Thêm đơn vị cấp dưới").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Mã").fill(commune + ".A");
        dialog.getByLabel("Tên").fill("Trùng mã");
        dialog.getByLabel("Cấp / loại").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Khác")).click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu")).click();
        PlaywrightAssertions.assertThat(page.getByText("already taken")).isVisible();
        PlaywrightAssertions.assertThat(dialog.getByLabel("Tên")).hasValue("Trùng mã");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hủy")).click();

        button("Sửa tên, cấp").click();
        PlaywrightAssertions.assertThat(dialog.getByLabel("Mã")).hasAttribute("readonly", "");
        dialog.getByLabel("Tên").fill("Phường Hỏa Lựu " + commune);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu")).click();
        PlaywrightAssertions.assertThat(heading("Phường Hỏa Lựu " + commune)).isVisible();
        assertThat(directory.find(commune).orElseThrow().name()).isEqualTo("Phường Hỏa Lựu " + commune);
    }

    @Test
    void an_administrator_filters_the_audit_trail_and_downloads_it_as_csv() throws Exception {
        String commune = newCode();
        tenants.provision(new TenantDraft(commune, "Xã Hỏa Lựu " + commune, TenantKind.COMMUNE, null));
        work.inTenant(commune, () -> units.create(new UnitDraft("AP-1", "Ấp Thạnh Lợi", UnitType.HAMLET, 10, 40)));
        work.inTenant(commune, () -> {
            units.delete("AP-1");
            return null;
        });

        SignedIn.as(page, app, PROVINCE_ADMIN);
        openTree();
        searchTree(commune);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở Xã Hỏa Lựu " + commune)).click();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Nhật ký thay đổi")).click();
        Locator unitKeys = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(java.util.regex.Pattern.compile("^AP-1$")).setVisible(true));
        PlaywrightAssertions.assertThat(unitKeys).hasCount(2);
        page.getByLabel("Thao tác", new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Xóa").setExact(true)).click();
        PlaywrightAssertions.assertThat(unitKeys).hasCount(1);

        Download download = page.waitForDownload(() -> page.getByText("Tải về CSV").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(download.suggestedFilename()).isEqualTo("audit-" + commune + ".csv");
        assertThat(csv).startsWith("\uFEFF\"occurred_at (UTC+07:00)\"").contains("\"AP-1\",\"DELETE\"")
                .doesNotContain("\"CREATE\"");
    }

    @Test
    void suspending_asks_for_confirmation_and_a_suspended_tenant_can_be_reactivated() {
        String commune = communeOpenedByTheProvinceAdmin();
        button("Tạm ngừng").click();
        Locator confirm = page.getByRole(AriaRole.ALERTDIALOG);
        PlaywrightAssertions.assertThat(confirm).containsText("sẽ không nhận thay đổi nào");
        confirm.getByLabel("Lý do (không bắt buộc)").fill("Chờ sáp nhập");
        assertThat(directory.find(commune).orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tạm ngừng").setExact(true)).click();

        PlaywrightAssertions.assertThat(page.getByText(commune + " · Xã, phường, thị trấn · Tạm ngừng")).isVisible();
        assertThat(directory.find(commune).orElseThrow().status()).isEqualTo(TenantStatus.SUSPENDED);
        PlaywrightAssertions.assertThat(button("Tạm ngừng")).hasCount(0);
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Nhật ký thay đổi")))
                .isVisible();
        button("Hoạt động lại").click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Hoạt động lại").setExact(true)).click();
        PlaywrightAssertions.assertThat(page.getByText(commune + " · Xã, phường, thị trấn · Đang hoạt động")).isVisible();
    }

    @Test
    void settings_are_checked_in_the_form_and_saved_as_typed_values() {
        String commune = communeOpenedByTheProvinceAdmin();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Thiết lập")).click();
        PlaywrightAssertions.assertThat(page.getByLabel("Tên hiển thị")).hasValue("Xã Hỏa Lựu " + commune);
        page.getByLabel("Điện thoại").fill("gọi tôi");
        page.getByLabel("Số mô hình thí điểm").fill("4");
        page.getByLabel("Năm chỉ tiêu").fill("2026");
        button("Lưu").click();
        PlaywrightAssertions.assertThat(fieldError("Số điện thoại gồm 6 đến 20 chữ số")).isVisible();
        assertThat(settings.read(commune).version()).isZero();

        page.getByLabel("Điện thoại").fill("0293 3870 123");
        button("Lưu").click();
        PlaywrightAssertions.assertThat(page.getByText("Đã lưu thiết lập")).isVisible();
        var saved = settings.read(commune).settings();
        assertThat(saved.contact().phone()).isEqualTo("0293 3870 123");
        assertThat(saved.annualTargets().year()).isEqualTo(2026);
        assertThat(saved.annualTargets().pilotModels()).isEqualTo(4);
    }

    @Test
    void a_tenants_own_administrator_reads_its_audit_but_restructures_and_suspends_nothing() {
        String commune = newCode();
        tenants.provision(new TenantDraft(commune, "Xã Hỏa Lựu " + commune, TenantKind.COMMUNE, null));
        var admin = people.findByUsername("an.nguyen").orElseThrow();
        work.inTenant(commune, () -> memberships.add(admin, Role.TENANT_ADMIN));

        SignedIn.as(page, app, "an.nguyen");
        openTenant(commune, "Xã Hỏa Lựu " + commune);
        PlaywrightAssertions.assertThat(button("Thêm đơn vị cấp dưới")).isVisible();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Nhật ký thay đổi")))
                .isVisible();
        for (String governing : java.util.List.of("Chuyển cấp trên", "Sáp nhập", "Chia tách", "Tạm ngừng")) {
            PlaywrightAssertions.assertThat(button(governing)).hasCount(0);
        }
    }

    @Test
    void an_invited_person_signs_in_with_the_temporary_password_shown_once_and_chooses_their_own() {
        String commune = communeOpenedByTheProvinceAdmin();
        String username = "moi." + UUID.randomUUID().toString().substring(0, 8);
        try {
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Thành viên")).click();
            button("Mời người mới").click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            dialog.getByLabel("Họ và tên").fill("Lê Văn Chi");
            dialog.getByLabel("Tên đăng nhập").fill("chi.le");
            dialog.getByLabel("Thư điện tử").fill("chi.le@haugiang.gov.vn");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu")).click();
            PlaywrightAssertions.assertThat(page.getByText("already has an account").first()).isVisible();
            assertThat(memberUsernames(commune)).doesNotContain("chi.le");

            dialog.getByLabel("Họ và tên").fill("Nguyễn Thị Mới");
            dialog.getByLabel("Tên đăng nhập").fill(username);
            dialog.getByLabel("Thư điện tử").fill("không phải thư");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu")).click();
            PlaywrightAssertions.assertThat(fieldError("Địa chỉ thư điện tử không hợp lệ")).isVisible();
            assertThat(people.findByUsername(username)).isEmpty();

            dialog.getByLabel("Thư điện tử").fill(username + "@haugiang.gov.vn");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu")).click();
            Locator shown = page.locator("#temporary-password");
            PlaywrightAssertions.assertThat(shown).hasText(java.util.regex.Pattern.compile(
                    "^" + vn.sohoa.server.support.Tokens.TEMPORARY_PASSWORD + "$"));
            String temporary = shown.textContent();
            button("Đã ghi lại").click();
            assertThat(memberUsernames(commune)).contains(username);

            // The administrator's page is left first: once its cookies are gone, its next round trip would reload it
            // into a second sign-in beside this one, and Keycloak would refuse the first as timed out.
            page.navigate("about:blank");
            page.context().clearCookies();
            page.navigate(app.toString());
            page.locator("#username").fill(username);
            page.locator("#password").fill(temporary);
            page.locator("#kc-login").click();
            // Keycloak checks the temporary password and renders its required action slowly on a loaded machine.
            page.locator("#password-new").waitFor(new Locator.WaitForOptions().setTimeout(90_000));
            page.locator("#password-new").fill("Mat-khau-rieng-2026");
            page.locator("#password-confirm").fill("Mat-khau-rieng-2026");
            page.locator("#password-confirm").press("Enter");
            PlaywrightAssertions.assertThat(page.locator("#tenant-switcher")).isVisible();
            PlaywrightAssertions.assertThat(page.locator("#tenant-switcher input")).hasValue(
                    "Xã Hỏa Lựu " + commune + " (" + commune + ")");
        } finally {
            people.findByUsername(username).ifPresent(person -> keycloak.realm("sohoa").users().delete(person.subject()).close());
        }
    }

    /** A fresh commune, whose page the province administrator has open. */
    private String communeOpenedByTheProvinceAdmin() {
        String commune = newCode();
        tenants.provision(new TenantDraft(commune, "Xã Hỏa Lựu " + commune, TenantKind.COMMUNE, null));
        SignedIn.as(page, app, PROVINCE_ADMIN);
        openTenant(commune, "Xã Hỏa Lựu " + commune);
        return commune;
    }

    private void openTenant(String code, String name) {
        openTree();
        searchTree(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở " + name)).click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
                .hasText(name);
        PlaywrightAssertions.assertThat(page).hasURL(SignedIn.tenantPage(app, code, "tenant"));
    }

    private static String newCode() {
        return "UI" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void openTree() {
        page.navigate(app + "tenants");
    }

    private void searchTree(String text) {
        SignedIn.search(page, page.getByRole(AriaRole.TEXTBOX,
                new Page.GetByRoleOptions().setName("Tìm theo mã hoặc tên (có dấu hay không dấu)")), text);
    }

    /** The error shown under a field (screen readers get the same text announced elsewhere). */
    private Locator fieldError(String text) {
        return page.locator("[slot=error-message]").filter(new Locator.FilterOptions().setHasText(text));
    }

    private Locator heading(String text) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2).setName(text).setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void upload(String csv) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(
                new FilePayload("tenants.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
    }

    private java.util.List<String> memberUsernames(String tenant) {
        return work.inTenant(tenant, () -> memberships.list(new PageRequest(0, 50)).items().stream()
                .map(Membership::username).toList());
    }
}
