package vn.sohoa.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sohoa.platform.support.domain.SupportLog;
import vn.sohoa.platform.teams.domain.TeamRole;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.server.support.TestClock;

/** The quick entry of support on a 360-pixel phone, signed in as a team member through Keycloak. */
@QuarkusTest
class SupportUiTest extends BrowserTest {

    private static final String MEMBER = "dung.pham";
    private static final Predicate<String> UIDL = url -> url.contains("v-r=uidl");

    /** A Wednesday, noon in Vietnam: this week's records are those of the last days, whatever day the tests run. */
    private static final Instant MIDWEEK = Instant.parse("2026-12-02T05:00:00Z");

    @Inject
    TestCommunes communes;

    @Inject
    TestClock clock;

    private String commune;

    @BeforeEach
    void a_team_member_on_a_phone() {
        clock.startAt(MIDWEEK);
        commune = communes.withTeam(MEMBER, Role.TEAM_MEMBER, TeamRole.MEMBER);
        onAPhone();
        SignedIn.as(page, app, MEMBER);
        page.navigate(SignedIn.tenantPage(app, commune, "support/new"));
    }

    @AfterEach
    void the_clock_runs_on_the_systems_time_again() {
        clock.reset();
    }

    /**
     * Today as Vietnam's calendar has it, written dd/MM/yyyy: on a day before the 10th, just after
     * midnight in Vietnam (17:30 UTC is the next day there), and on the last day of a month and of a year.
     */
    @ParameterizedTest
    @CsvSource({"2026-12-01T17:30:00Z, 02/12/2026", "2026-11-30T10:00:00Z, 30/11/2026",
            "2027-01-30T17:30:00Z, 31/01/2027"})
    void a_member_logs_support_with_today_and_their_hamlet_filled_in_by_big_taps_without_scrolling_sideways(
            Instant now, String today) {
        clock.startAt(now);
        page.navigate(SignedIn.tenantPage(app, commune, "support/new"));
        PlaywrightAssertions.assertThat(page.locator("vaadin-date-picker input")).hasValue(today);
        PlaywrightAssertions.assertThat(page.locator("vaadin-select", new Page.LocatorOptions().setHasText("Ấp, khu vực")))
                .containsText("Ấp Hai");

        assertThat(button("Chữ ký số").boundingBox().height).isGreaterThanOrEqualTo(48);
        Locator morePeople = page.locator("vaadin-integer-field", new Page.LocatorOptions()
                .setHasText("Số người được hỗ trợ")).locator("[part~='increase-button']");
        assertThat(morePeople.boundingBox().height).isGreaterThanOrEqualTo(48);
        assertThat(morePeople.boundingBox().width).isGreaterThanOrEqualTo(48);
        button("Chữ ký số").click();
        button("Lưu").click();

        PlaywrightAssertions.assertThat(page.locator("vaadin-notification-card")).containsText("Đã lưu");
        assertThat(communes.records(commune)).singleElement().satisfies(log -> {
            assertThat(log.facts().unitCode()).isEqualTo("AP2");
            assertThat(log.facts().categoryCode()).isEqualTo("DIGITAL_SIGNATURE");
            assertThat(log.facts().peopleCount()).isEqualTo(1);
            assertThat(log.facts().memberId()).isEqualTo(communes.memberOf(commune, MEMBER).id());
            assertThat(log.facts().occurredAt()).isBetween(now.minus(Duration.ofMinutes(1)), clock.instant());
        });
        assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
    }

    @Test
    void a_save_whose_answer_the_network_lost_is_sent_again_and_stored_once() {
        button("Chữ ký số").click();
        AtomicBoolean dropped = new AtomicBoolean();
        page.route(UIDL, route -> {
            if (dropped.compareAndSet(false, true)) {
                route.fetch();
                route.abort("internetdisconnected");
            } else {
                route.resume();
            }
        });
        button("Lưu").click();

        PlaywrightAssertions.assertThat(page.locator("vaadin-notification-card")).containsText("Đã lưu");
        page.unroute(UIDL);
        assertThat(dropped).isTrue();
        assertThat(communes.records(commune)).hasSize(1);
    }

    @Test
    void a_count_of_zero_and_a_too_long_note_are_refused_at_their_fields_and_nothing_is_stored() {
        button("Chữ ký số").click();
        page.getByLabel("Số người được hỗ trợ").fill("0");
        page.getByText("Thêm chi tiết").click();
        page.getByLabel("Ghi chú").fill("x".repeat(501));
        button("Lưu").click();

        PlaywrightAssertions.assertThat(fieldError("Số người được hỗ trợ")).hasText("Số nguyên từ 1 đến 500");
        PlaywrightAssertions.assertThat(fieldError("Ghi chú")).hasText("Tối đa 500 ký tự");
        SignedIn.answered(page);
        assertThat(communes.records(commune)).isEmpty();
    }

    @Test
    void a_member_corrects_the_people_count_of_a_record_of_their_week_and_it_stays_their_teams() {
        SupportLog logged = communes.logForTeamAs(commune, MEMBER, "VNEID");
        page.navigate(SignedIn.tenantPage(app, commune, "support/week"));

        SignedIn.gridCell(page, "Kích hoạt tài khoản định danh điện tử VNeID").click();
        page.getByRole(AriaRole.DIALOG).getByLabel("Số người được hỗ trợ").fill("3");
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu"))
                .click();

        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(communes.records(commune)).singleElement().satisfies(log -> {
            assertThat(log.facts().peopleCount()).isEqualTo(3);
            assertThat(log.facts().teamId()).isEqualTo(logged.facts().teamId()).isNotNull();
            assertThat(log.facts().memberId()).isNull();
        });
    }

    @Test
    void a_member_deletes_a_record_of_their_week_only_after_giving_a_reason() {
        communes.logAs(commune, MEMBER, "VNEID");
        page.navigate(SignedIn.tenantPage(app, commune, "support/week"));

        SignedIn.gridCell(page, "Kích hoạt tài khoản định danh điện tử VNeID").click();
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Xóa"))
                .click();
        Locator asking = page.getByRole(AriaRole.DIALOG).filter(new Locator.FilterOptions()
                .setHas(page.getByLabel("Lý do xóa")));
        Locator delete = asking.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Xóa"));
        PlaywrightAssertions.assertThat(delete).isDisabled();
        asking.getByLabel("Lý do xóa").fill("Ghi trùng với buổi sáng");
        delete.click();

        PlaywrightAssertions.assertThat(page.locator("vaadin-notification-card")).containsText("Đã xóa");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(communes.records(commune)).isEmpty();
    }

    /** The error shown under the field with this label. */
    private Locator fieldError(String label) {
        return page.locator("[has-label]", new Page.LocatorOptions().setHas(page.locator("label",
                new Page.LocatorOptions().setHasText(label)))).locator("[slot=error-message]");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
