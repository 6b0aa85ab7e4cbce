package vn.sohoa.server.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sohoa.platform.teams.domain.TeamRole;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.server.support.TestClock;

/** The team page in a real browser: coverage flags, a team's members, and nothing of other tenants. */
@QuarkusTest
class TeamsUiTest extends BrowserTest {

    private static final String ADMIN = "an.nguyen";
    private static final String OTHER_ADMIN = "binh.tran";
    private static final String LEADER = "dung.pham";

    @Inject
    TestCommunes communes;

    @Inject
    TestClock clock;

    @BeforeEach
    void on_a_wednesday_in_vietnam() {
        // This week's support is what the pages show: the tests must not depend on the day they run.
        clock.startAt(Instant.parse("2026-12-02T05:00:00Z"));
    }

    @AfterEach
    void the_clock_runs_on_the_systems_time_again() {
        clock.reset();
    }

    @Test
    void the_team_page_flags_a_hamlet_without_a_team_and_shows_a_teams_members() {
        String commune = communes.withTeam(ADMIN, Role.TENANT_ADMIN, TeamRole.LEADER);

        SignedIn.as(page, app, ADMIN);
        page.navigate(SignedIn.tenantPage(app, commune, "teams"));

        PlaywrightAssertions.assertThat(page.locator(".uncovered")).hasText("Ấp Một: chưa có tổ hoạt động");
        PlaywrightAssertions.assertThat(page.locator("#weekly-trend canvas")).not().hasCount(0);
        SignedIn.gridCell(page, TestCommunes.TEAM).click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Thành viên của " + TestCommunes.TEAM))).isVisible();
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, "Phạm Văn Dũng")).isVisible();
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, "Tổ trưởng")).isVisible();
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, TestCommunes.PHONE)).isVisible();
    }

    @Test
    void an_administrator_of_the_unit_above_sees_the_members_but_not_their_phone_numbers() {
        String above = communes.with(OTHER_ADMIN, Role.TENANT_ADMIN);
        String commune = communes.withTeamUnder(above, ADMIN, Role.TENANT_ADMIN, TeamRole.LEADER);

        SignedIn.as(page, app, OTHER_ADMIN);
        page.navigate(SignedIn.tenantPage(app, commune, "teams"));
        SignedIn.gridCell(page, TestCommunes.TEAM).click();

        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, "Phạm Văn Dũng")).isVisible();
        PlaywrightAssertions.assertThat(page.getByText(TestCommunes.PHONE)).hasCount(0);
        PlaywrightAssertions.assertThat(page.getByText("Điện thoại công tác")).hasCount(0);
    }

    /** The days the page writes as dd/MM/yyyy: one before the 10th, just after midnight in Vietnam, and the last of a month. */
    @ParameterizedTest
    @CsvSource({"2026-12-01T17:30:00Z, 02/12/2026", "2027-01-30T17:30:00Z, 31/01/2027"})
    void an_administrator_sets_up_a_team_adds_a_volunteer_and_ends_their_time_in_it(Instant now, String today) {
        clock.startAt(now);
        String commune = communes.withTeam(ADMIN, Role.TENANT_ADMIN, TeamRole.LEADER);
        SignedIn.as(page, app, ADMIN);
        page.navigate(SignedIn.tenantPage(app, commune, "teams"));

        button(page, "Thêm tổ").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Tên tổ").fill("Tổ CNS Ấp Một");
        dialog.getByLabel("Ấp, khu vực").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Ấp Một")).click();
        button(page, "Lưu").click();
        SignedIn.gridCell(page, "Tổ CNS Ấp Một").click();
        button(page, "Thêm thành viên").click();
        page.getByRole(AriaRole.DIALOG).getByLabel("Họ tên").fill("Lê Thị Hoa");
        button(page, "Lưu").click();
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, "Lê Thị Hoa")).isVisible();
        button(page, "Kết thúc hôm nay").click();

        PlaywrightAssertions.assertThat(button(page, "Kết thúc hôm nay")).hasCount(0);
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, today)).hasCount(2); // started and ended today
    }

    @Test
    void a_team_leader_sees_only_their_own_team_and_its_support_of_this_week() {
        String commune = communes.withTeam(LEADER, Role.TEAM_LEADER, TeamRole.LEADER);
        communes.addTeamInApMot(commune, "Tổ CNS Ấp Một");
        communes.logAs(commune, LEADER, "VNEID");

        SignedIn.as(page, app, LEADER);
        page.navigate(SignedIn.tenantPage(app, commune, "teams"));

        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, TestCommunes.TEAM)).isVisible();
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, "Tổ CNS Ấp Một")).hasCount(0);
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Hỗ trợ của tổ trong tuần này"))).isVisible();
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, "Kích hoạt tài khoản định danh điện tử VNeID"))
                .hasCount(2);
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Thêm tổ"))).hasCount(0);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void an_administrator_of_another_commune_sees_none_of_its_teams() {
        String commune = communes.withTeam(ADMIN, Role.TENANT_ADMIN, TeamRole.LEADER);
        String own = communes.with(OTHER_ADMIN, Role.TENANT_ADMIN);

        SignedIn.as(page, app, OTHER_ADMIN);
        page.navigate(SignedIn.tenantPage(app, own, "teams"));
        page.locator("#tenant-switcher input").fill(commune);
        SignedIn.answered(page);
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.OPTION)).hasCount(0);

        page.navigate(SignedIn.tenantPage(app, commune, "teams"));
        PlaywrightAssertions.assertThat(page.locator("#not-found")).isVisible();
        PlaywrightAssertions.assertThat(page.getByText(TestCommunes.TEAM)).hasCount(0);
        PlaywrightAssertions.assertThat(page.locator(".uncovered")).hasCount(0);
    }
}
