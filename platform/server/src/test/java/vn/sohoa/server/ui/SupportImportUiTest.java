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
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.support.service.SupportLogQuery;
import vn.sohoa.platform.support.service.SupportLogService;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.platform.units.domain.UnitType;
import vn.sohoa.platform.units.service.UnitDraft;
import vn.sohoa.platform.units.service.UnitService;
import vn.sohoa.server.support.TestClock;

/** The support-log import and export page in a real browser, as a team member of a commune. */
@QuarkusTest
class SupportImportUiTest extends BrowserTest {

    private static final String MEMBER = "dung.pham";
    private static final String HEADER = "occurredAt,unitCode,teamId,memberId,categoryCode,channel,peopleCount,"
            + "ageBand,gender,durationMinutes,outcome,note\n";

    @Inject
    TestCommunes communes;

    @Inject
    TenantWork work;

    @Inject
    UnitService units;

    @Inject
    SupportLogService logs;

    @Test
    void a_team_member_sees_a_bad_lines_problem_fixes_the_file_imports_it_and_downloads_the_log() throws Exception {
        String code = communes.with(MEMBER, Role.TEAM_MEMBER);
        work.inTenant(code, () -> units.create(new UnitDraft("AP1", "Ấp Một", UnitType.HAMLET, 100, 400)));

        SignedIn.as(page, app, MEMBER);
        page.navigate(SignedIn.tenantPage(app, code, "support-logs/import"));

        String good = line("AP1", 1);
        upload(HEADER + good + line("AP9", 2));
        Locator problems = page.locator("#import-problems");
        PlaywrightAssertions.assertThat(problems.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("names no sub-unit of this tenant"))).isVisible();
        PlaywrightAssertions.assertThat(button("Nhập")).isDisabled();

        upload(HEADER + good + line("AP1", 2));
        PlaywrightAssertions.assertThat(page.locator("#import-summary"))
                .containsText("2 lượt hỗ trợ sẽ được ghi, 0 lỗi");
        button("Nhập").click();
        PlaywrightAssertions.assertThat(page.locator("#import-result")).hasText("Đã nhập xong: ghi 2 lượt hỗ trợ.");
        assertThat(work.inTenant(code, () -> logs.list(SupportLogQuery.all(),
                new PageRequest(0, 10)).total())).isEqualTo(2);

        Download download = page.waitForDownload(() -> page.getByText("Xuất CSV").click());
        assertThat(download.suggestedFilename()).isEqualTo("support-logs-" + code + ".csv");
        assertThat(Files.readString(download.path(), StandardCharsets.UTF_8).lines()).hasSize(3)
                .first().asString().startsWith("\"id\",\"occurredAt\",\"unitCode\"");
    }

    private static String line(String unit, int hoursAgo) {
        return TestClock.suiteNow().minusHours(hoursAgo).withNano(0) + "," + unit
                + ",,,VNEID,HOME_VISIT,1,FROM_60,FEMALE,20,DONE,Cài VNeID\n";
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void upload(String csv) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(
                new FilePayload("nhat-ky.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
    }
}
