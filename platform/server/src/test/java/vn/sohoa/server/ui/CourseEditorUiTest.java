package vn.sohoa.server.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/**
 * The course editor on a phone: a province's trainer makes a course with a text lesson and a quiz, is told why an
 * empty draft cannot be published, publishes it, and a team member of a commune below finds it in the catalogue;
 * a trainer of a sibling commune finds no editor for it.
 */
@QuarkusTest
class CourseEditorUiTest extends BrowserTest {

    private static final String TRAINER = Api.ADMIN_A;
    private static final String SIBLING_TRAINER = Api.ADMIN_B;
    private static final String LEARNER = Api.MEMBER;
    private static final String TITLE = "Nhận diện lừa đảo trực tuyến";

    @Test
    void a_trainer_makes_and_publishes_a_course_that_a_commune_below_offers_and_a_sibling_cannot_edit() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        String sibling = Fixtures.newTenant(province);
        Fixtures.addMember(province, TRAINER, "TRAINER");
        Fixtures.addMember(commune, LEARNER, "TEAM_MEMBER");
        Fixtures.addMember(sibling, SIBLING_TRAINER, "TRAINER");
        onAPhone();
        SignedIn.as(page, app, TRAINER);

        page.navigate(SignedIn.tenantPage(app, province, "training/courses"));
        page.locator("#course-new").click();
        page.locator("#course-code input").fill("LD-" + UUID.randomUUID().toString().substring(0, 8));
        page.locator("#course-title input").fill(TITLE);
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Tổ công nghệ số cộng đồng")).check();
        page.locator("#course-create").click();
        PlaywrightAssertions.assertThat(page.locator("#course-heading")).hasText(TITLE);
        // The address changes after the page shows the editor: read it once it names the course.
        page.waitForURL(Pattern.compile(".*/training/courses/\\d+$"));
        String editor = page.url();

        tab("Xuất bản");
        page.locator("#course-publish").click();
        PlaywrightAssertions.assertThat(page.locator("#publish-problems"))
                .containsText("must hold at least one lesson to publish the course");

        tab("Nội dung");
        page.locator("#section-add").click();
        page.locator("#section-title input").fill("Lừa đảo qua điện thoại");
        dialogButton("Lưu");
        page.locator(".lesson-add-text").click();
        page.locator("#lesson-title input").fill("Không đọc mã OTP");
        page.locator("#lesson-body textarea").fill("Không bao giờ đọc mã **OTP** cho người lạ.<script>alert(1)</script>");
        page.locator("#lesson-preview-button").click();
        PlaywrightAssertions.assertThat(page.locator("#lesson-preview strong")).hasText("OTP");
        PlaywrightAssertions.assertThat(page.locator("#lesson-preview script")).hasCount(0);
        page.locator("#lesson-save").click();
        PlaywrightAssertions.assertThat(page.locator(".editor-lesson-title")).hasText("Không đọc mã OTP");

        tab("Ngân hàng câu hỏi");
        page.locator("#question-add").click();
        page.locator("#question-text textarea").fill("Người gọi tự xưng công an yêu cầu chuyển tiền là?");
        for (int option = 0; option < 2; option++) {
            page.locator("#question-add-option").click();
            SignedIn.answered(page);
        }
        PlaywrightAssertions.assertThat(page.locator(".question-option")).hasCount(2);
        Locator options = page.locator(".question-option");
        options.nth(0).locator("vaadin-text-field input").fill("Lừa đảo");
        options.nth(0).getByRole(AriaRole.CHECKBOX).check();
        options.nth(1).locator("vaadin-text-field input").fill("Cơ quan chức năng");
        page.locator("#question-save").click();
        PlaywrightAssertions.assertThat(page.locator(".editor-question")).containsText("2 lựa chọn, 1 đúng");

        tab("Nội dung");
        page.locator(".lesson-add-quiz").click();
        page.locator("#lesson-title input").fill("Bài kiểm tra");
        page.locator("#quiz-draw input").fill("1");
        page.locator("#lesson-save").click();
        PlaywrightAssertions.assertThat(page.locator(".editor-lesson-title")).hasCount(2);

        tab("Xuất bản");
        page.locator("#course-publish").click();
        PlaywrightAssertions.assertThat(page.locator("#course-state")).hasText("Bản nháp trùng với phiên bản 1 đã xuất bản.");
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, "Phiên bản 1")).isVisible();
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, "2 bài, 1 câu hỏi")).isVisible();

        Page learner = anotherBrowserAs(LEARNER);
        learner.navigate(SignedIn.tenantPage(app, commune, "courses"));
        PlaywrightAssertions.assertThat(learner.locator(".course-card").filter(new Locator.FilterOptions().setHasText(TITLE)))
                .isVisible();
        learner.context().close();

        Page siblingTrainer = anotherBrowserAs(SIBLING_TRAINER);
        String course = editor.substring(editor.lastIndexOf('/') + 1);
        siblingTrainer.navigate(SignedIn.tenantPage(app, sibling, "training/courses/" + course));
        PlaywrightAssertions.assertThat(siblingTrainer.locator("#not-found")).isVisible();
        PlaywrightAssertions.assertThat(siblingTrainer.getByText(TITLE)).hasCount(0);
        siblingTrainer.navigate(SignedIn.tenantPage(app, province, "training/courses/" + course));
        PlaywrightAssertions.assertThat(siblingTrainer.locator("#not-found")).isVisible();
        siblingTrainer.context().close();
    }

    private void tab(String name) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name)).click();
        SignedIn.answered(page);
    }

    private void dialogButton(String name) {
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name)).click();
        SignedIn.answered(page);
    }
}
