package vn.sohoa.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import vn.sohoa.admin.members.service.IdentityDirectory;
import vn.sohoa.admin.members.service.MembershipService;
import vn.sohoa.admin.tenants.service.TenantDraft;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.tenancy.service.TenantDirectory;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.platform.units.domain.Unit;
import vn.sohoa.platform.units.service.UnitService;

/**
 * The address of a page names its tenant: two tabs on two tenants act each in their own, the switcher keeps
 * the page, older addresses lead to the person's home tenant, and a tenant one may not see looks exactly
 * like one that does not exist.
 */
@QuarkusTest
class TenantRoutesUiTest extends BrowserTest {

    private static final String ADMIN = "an.nguyen";
    private static final String PROVINCE = "93";
    private static final String PASSWORD = "Mat-khau-thu-2026";

    @Inject
    TestCommunes communes;

    @Inject
    TenantWork work;

    @Inject
    UnitService units;

    @Inject
    TenantService tenants;

    @Inject
    TenantDirectory directory;

    @Inject
    MembershipService memberships;

    @Inject
    IdentityDirectory people;

    @Inject
    Keycloak keycloak;

    @Test
    void two_tabs_on_two_tenants_in_one_session_each_add_to_their_own_tenant() {
        String first = communes.with(ADMIN, Role.TENANT_ADMIN);
        String second = communes.with(ADMIN, Role.TENANT_ADMIN);
        SignedIn.as(page, app, ADMIN);
        Page other = context.newPage();
        page.navigate(SignedIn.tenantPage(app, first, "units"));
        other.navigate(SignedIn.tenantPage(app, second, "units"));
        PlaywrightAssertions.assertThat(heading(page)).hasText(TestCommunes.name(first));
        PlaywrightAssertions.assertThat(heading(other)).hasText(TestCommunes.name(second));

        Locator firstForm = startAdding(page, "AP-1", "Ấp Một của tab một");
        Locator secondForm = startAdding(other, "AP-2", "Ấp Hai của tab hai");
        save(page, firstForm, "Ấp Một của tab một");
        save(other, secondForm, "Ấp Hai của tab hai");
        save(page, startAdding(page, "AP-3", "Ấp Ba của tab một"), "Ấp Ba của tab một");

        assertThat(unitCodes(first)).containsExactly("AP-1", "AP-3");
        assertThat(unitCodes(second)).containsExactly("AP-2");
        other.navigate("about:blank");
    }

    @Test
    void the_switcher_opens_the_same_page_of_the_other_tenant() {
        String first = communes.with(ADMIN, Role.TENANT_ADMIN);
        String second = communes.with(ADMIN, Role.TENANT_ADMIN);
        SignedIn.as(page, app, ADMIN);
        page.navigate(SignedIn.tenantPage(app, first, "teams"));
        PlaywrightAssertions.assertThat(heading(page)).containsText(TestCommunes.name(first));

        SignedIn.chooseTenant(page, second);

        PlaywrightAssertions.assertThat(page).hasURL(SignedIn.tenantPage(app, second, "teams"));
        PlaywrightAssertions.assertThat(heading(page)).hasText("Tổ công nghệ số · " + TestCommunes.name(second));
    }

    @Test
    void the_root_and_an_old_address_lead_a_province_administrator_to_the_province() {
        if (directory.find(PROVINCE).isEmpty()) {
            tenants.provision(new TenantDraft(PROVINCE, "Tỉnh Hậu Giang", TenantKind.PROVINCE, null));
        }
        SignedIn.as(page, app, "province.admin");
        PlaywrightAssertions.assertThat(page).hasURL(app + "t/" + PROVINCE);
        PlaywrightAssertions.assertThat(page.locator("#tenant-switcher input")).hasValue(Pattern.compile(
                ".* \\(" + PROVINCE + "\\)$"));

        page.navigate(app + "support-logs/import");
        PlaywrightAssertions.assertThat(page).hasURL(SignedIn.tenantPage(app, PROVINCE, "support-logs/import"));
    }

    @Test
    void old_addresses_lead_to_the_highest_tenant_the_person_holds_not_to_a_ward() {
        String province = code();
        String district = province + ".Z";
        String ward = district + ".1";
        String otherWard = province + ".A.1";
        tenants.provision(new TenantDraft(province, "Tỉnh " + province, TenantKind.PROVINCE, null));
        tenants.provision(new TenantDraft(district, "Huyện " + district, TenantKind.DISTRICT, province));
        tenants.provision(new TenantDraft(ward, "Phường " + ward, TenantKind.COMMUNE, district));
        tenants.provision(new TenantDraft(province + ".A", "Huyện " + province + ".A", TenantKind.DISTRICT, province));
        tenants.provision(new TenantDraft(otherWard, "Phường " + otherWard, TenantKind.COMMUNE, province + ".A"));
        String username = "thu." + code().toLowerCase();
        String subject = createPerson(username);
        try {
            var person = people.findByUsername(username).orElseThrow();
            work.inTenant(ward, () -> memberships.add(person, Role.TEAM_MEMBER));
            work.inTenant(otherWard, () -> memberships.add(person, Role.TENANT_ADMIN));
            work.inTenant(district, () -> memberships.add(person, Role.VIEWER));

            SignedIn.as(page, app, username, PASSWORD);
            PlaywrightAssertions.assertThat(page).hasURL(app + "t/" + district);
            page.navigate(app + "support/week");
            PlaywrightAssertions.assertThat(page).hasURL(SignedIn.tenantPage(app, district, "support/week"));
            page.navigate(app + "tenant");
            PlaywrightAssertions.assertThat(page).hasURL(SignedIn.tenantPage(app, district, "tenant"));
            PlaywrightAssertions.assertThat(heading(page)).hasText("Huyện " + district);
        } finally {
            keycloak.realm("sohoa").users().delete(subject).close();
        }
    }

    @Test
    void a_team_member_who_monitors_nothing_lands_on_quick_entry_of_their_commune() {
        String commune = code();
        tenants.provision(new TenantDraft(commune, "Xã " + commune, TenantKind.COMMUNE, null));
        String username = "tam." + code().toLowerCase();
        String subject = createPerson(username);
        try {
            var person = people.findByUsername(username).orElseThrow();
            work.inTenant(commune, () -> memberships.add(person, Role.TEAM_MEMBER));

            SignedIn.as(page, app, username, PASSWORD);
            PlaywrightAssertions.assertThat(page).hasURL(SignedIn.tenantPage(app, commune, "support/new"));
            page.navigate(app.toString());
            PlaywrightAssertions.assertThat(page).hasURL(SignedIn.tenantPage(app, commune, "support/new"));
        } finally {
            keycloak.realm("sohoa").users().delete(subject).close();
        }
    }

    @Test
    void a_tenant_the_person_may_not_see_gives_the_same_not_found_page_as_one_that_does_not_exist() {
        String notTheirs = communes.with(ADMIN, Role.TENANT_ADMIN);
        String mine = communes.with("binh.tran", Role.TENANT_ADMIN);
        SignedIn.as(page, app, "binh.tran");

        Response forbidden = page.navigate(SignedIn.tenantPage(app, notTheirs, "units"));
        String forbiddenText = page.locator("#not-found").innerText();
        String forbiddenTitle = page.title();
        Response missing = page.navigate(SignedIn.tenantPage(app, "KHONG" + code(), "units"));
        String missingText = page.locator("#not-found").innerText();

        // Vaadin answers every address of the UI with its page (200) and routes in the browser's first request
        // to the server, so the not-found view's 404 reaches Vaadin's router, not the document's status.
        assertThat(forbidden.status()).isEqualTo(missing.status());
        assertThat(forbiddenText).isEqualTo(missingText).contains("Không tìm thấy trang")
                .doesNotContain(notTheirs);
        assertThat(forbiddenTitle).isEqualTo(page.title());
        PlaywrightAssertions.assertThat(page.getByText(TestCommunes.name(notTheirs))).hasCount(0);

        page.navigate(SignedIn.tenantPage(app, mine, "units"));
        PlaywrightAssertions.assertThat(heading(page)).hasText(TestCommunes.name(mine));
    }

    private static Locator heading(Page tab) {
        return tab.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2));
    }

    /** Opens the add dialog of the units page in this tab and fills it in, leaving it open. */
    private static Locator startAdding(Page tab, String code, String name) {
        tab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm")).click();
        Locator form = tab.getByRole(AriaRole.DIALOG);
        form.getByLabel("Mã", new Locator.GetByLabelOptions().setExact(true)).fill(code);
        form.getByLabel("Tên", new Locator.GetByLabelOptions().setExact(true)).fill(name);
        form.getByLabel("Loại", new Locator.GetByLabelOptions().setExact(true)).click();
        tab.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Ấp")).click();
        return form;
    }

    private static void save(Page tab, Locator form, String name) {
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu")).click();
        PlaywrightAssertions.assertThat(SignedIn.gridCell(tab, name)).isVisible();
    }

    private List<String> unitCodes(String tenant) {
        return work.inTenant(tenant, () -> units.list(new PageRequest(0, 50), null).items().stream()
                .map(Unit::code).sorted().toList());
    }

    /** A person of the dev realm known to no other test, with a password of their own; returns their id. */
    private String createPerson(String username) {
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setFirstName("Thử");
        user.setLastName("Nguyễn");
        user.setEmail(username + "@haugiang.gov.vn");
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setCredentials(List.of(password));
        keycloak.realm("sohoa").users().create(user).close();
        return keycloak.realm("sohoa").users().searchByUsername(username, true).getFirst().getId();
    }

    private static String code() {
        return "UI" + UUID.randomUUID().toString().substring(0, 8);
    }
}
