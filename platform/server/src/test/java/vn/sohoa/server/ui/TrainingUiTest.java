package vn.sohoa.server.ui;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TestClock;
import vn.sohoa.server.training.CourseDocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Training on a phone: enrolling from a commune's catalogue, reading a lesson, passing the quiz, downloading the
 * certificate that anyone verifies without signing in; and the wall around another tenant's course.
 */
@QuarkusTest
class TrainingUiTest extends BrowserTest {

    private static final String MEMBER = Api.MEMBER;
    private static final String TITLE = "Kỹ năng số cho Tổ công nghệ số";
    /** Each question of the course's bank and its right answer. */
    private static final Map<String, String> ANSWERS = Map.of(
            "Mật khẩu OTP có được chia sẻ không?", "Không",
            "Cuộc gọi tự xưng công an yêu cầu chuyển tiền là?", "Lừa đảo");

    @Inject
    TestClock clock;

    @BeforeEach
    void on_a_wednesday_in_vietnam() {
        clock.startAt(Instant.parse("2026-12-02T05:00:00Z"));
    }

    @AfterEach
    void the_clock_runs_on_the_systems_time_again() {
        clock.reset();
    }

    @Test
    void a_team_member_enrols_on_a_phone_reads_a_lesson_passes_the_quiz_and_downloads_the_certificate_anyone_verifies()
            throws Exception {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Fixtures.addMember(commune, MEMBER, "TEAM_MEMBER");
        CourseDocs.published(province, course("DESCENDANTS"));
        onAPhone();
        SignedIn.as(page, app, MEMBER);

        page.navigate(SignedIn.tenantPage(app, commune, "courses"));
        page.locator(".course-card").filter(new Locator.FilterOptions().setHasText(TITLE))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Đăng ký học")).click();
        PlaywrightAssertions.assertThat(page.getByText("Đã học 0/2 bài bắt buộc (0%)")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bắt đầu học")).click();

        PlaywrightAssertions.assertThat(page.locator(".lesson-text strong")).hasText("OTP");
        // The long link in the code block scrolls within its block; the lesson stays inside the phone.
        assertThat(page.locator(".lesson-text").evaluate("text => text.getBoundingClientRect().right"
                + " <= document.documentElement.clientWidth && text.scrollWidth <= text.clientWidth")).isEqualTo(true);
        assertThat(page.locator(".lesson-text pre").evaluate("pre => pre.scrollWidth > pre.clientWidth")).isEqualTo(true);
        fitsTheScreen();
        PlaywrightAssertions.assertThat(page.getByText("Bài đọc · bắt buộc")).isVisible();
        page.locator("#mark-viewed").click();
        PlaywrightAssertions.assertThat(page.locator("#mark-viewed")).hasText("Đã học xong bài này");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bài sau ›")).click();

        PlaywrightAssertions.assertThat(page.getByText("Video · 7 phút · tự chọn")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bài sau ›")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Làm bài")).click();
        answer("Câu sau ›");
        answer("Nộp bài");

        PlaywrightAssertions.assertThat(page.locator("#quiz-result")).hasText("Điểm 100%: Đạt");
        page.navigate(app + "learning");
        Locator card = page.locator(".learning-card").filter(new Locator.FilterOptions().setHasText(TITLE))
                .filter(new Locator.FilterOptions().setHasText(commune));
        PlaywrightAssertions.assertThat(card.getByText("Hoàn thành ngày 02/12/2026")).isVisible();
        PlaywrightAssertions.assertThat(card.getByText("Đã học 2/2 bài bắt buộc (100%)")).isVisible();

        page.navigate(app + "certificates");
        Locator certificate = page.locator(".certificate-card").filter(new Locator.FilterOptions().setHasText(TITLE))
                .filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile(province + "|" + commune)));
        Download download = page.waitForDownload(() -> certificate.locator(".certificate-pdf").click());
        assertThat(download.suggestedFilename()).startsWith("chung-nhan-").endsWith(".pdf");
        assertThat(Files.readString(download.path(), StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        String verification = certificate.getByText("Trang xác minh công khai").getAttribute("href");

        Page anonymous = browser.newContext().newPage();
        anonymous.navigate(verification);
        PlaywrightAssertions.assertThat(anonymous.getByText(TITLE)).isVisible();
        anonymous.context().close();
    }

    @Test
    void a_course_page_of_another_tenants_unshared_course_is_not_found() {
        String own = Fixtures.newTenant();
        String other = Fixtures.newTenant();
        Fixtures.addMember(own, MEMBER, "TEAM_MEMBER");
        Fixtures.addMember(other, MEMBER, "TEAM_MEMBER");
        int course = CourseDocs.published(own, course("OWN"));
        SignedIn.as(page, app, MEMBER);

        page.navigate(SignedIn.tenantPage(app, own, "courses/" + course));
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(TITLE)))
                .isVisible();
        page.navigate(SignedIn.tenantPage(app, other, "courses/" + course));
        PlaywrightAssertions.assertThat(page.locator("#not-found")).isVisible();
        PlaywrightAssertions.assertThat(page.getByText(TITLE)).hasCount(0);
    }

    @Test
    void a_quiz_whose_time_ran_out_says_when_in_vietnamese_and_offers_another_attempt() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Fixtures.addMember(commune, MEMBER, "TEAM_MEMBER");
        CourseDocs.published(province, course("DESCENDANTS",
                Map.of("passPercent", 60, "attempts", 2, "draw", 2, "timeLimitMinutes", 10)));
        onAPhone();
        SignedIn.as(page, app, MEMBER);
        page.navigate(SignedIn.tenantPage(app, commune, "courses"));
        page.locator(".course-card").filter(new Locator.FilterOptions().setHasText(TITLE))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Đăng ký học")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bắt đầu học")).click();
        PlaywrightAssertions.assertThat(page.getByText("Bài đọc · bắt buộc")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bài sau ›")).click();
        PlaywrightAssertions.assertThat(page.getByText("Video · 7 phút · tự chọn")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bài sau ›")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Làm bài")).click();
        answer("Câu sau ›");
        SignedIn.answered(page); // the second question is on screen
        String right = ANSWERS.get(page.locator(".question-text").textContent());

        // The suite's clock began at 12:00 in Vietnam, so the attempt's ten minutes end at 12:10 or a minute after.
        clock.startAt(clock.instant().plus(Duration.ofMinutes(11)));
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(right)).click();

        PlaywrightAssertions.assertThat(page.locator("#quiz-time-up")).hasText(java.util.regex.Pattern.compile(
                "^Đã hết giờ làm bài lúc 02/12/2026 12:1\\d: lần làm này không nhận thêm câu trả lời và không được tính\\.$"));
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Làm lại")))
                .isVisible();
        PlaywrightAssertions.assertThat(page.locator(".question-text")).hasCount(0);
    }

    @Test
    void an_official_sees_a_course_for_team_members_without_an_enrol_button_and_is_told_why() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.VIEWER, "VIEWER");
        CourseDocs.published(province, course("DESCENDANTS"));
        SignedIn.as(page, app, Api.VIEWER);
        page.navigate(SignedIn.tenantPage(app, commune, "courses"));
        Locator card = page.locator(".course-card").filter(new Locator.FilterOptions().setHasText(TITLE));
        PlaywrightAssertions.assertThat(card.locator(".course-other-audience"))
                .hasText("Khoá học dành cho đối tượng khác; không đăng ký được tại đây.");
        PlaywrightAssertions.assertThat(card.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Đăng ký học"))).hasCount(0);
    }

    /** Chooses the right answer to the question on screen, then goes on with the button named {@code next}. */
    private void answer(String next) {
        SignedIn.answered(page); // the question on screen is the one the last step asked for
        Locator question = page.locator(".question-text");
        PlaywrightAssertions.assertThat(question).isVisible();
        String right = ANSWERS.get(question.textContent());
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(right)).click();
        SignedIn.answered(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(next)).click();
    }

    /** A course of a text lesson, an optional video and a quiz drawing both questions of its bank. */
    private static Map<String, Object> course(String sharing) {
        return course(sharing, Map.of("passPercent", 60, "attempts", 2, "draw", 2));
    }

    private static Map<String, Object> course(String sharing, Map<String, Object> quiz) {
        Map<String, Object> course = new HashMap<>();
        course.put("code", "KNS-" + UUID.randomUUID().toString().substring(0, 8));
        course.put("title", TITLE);
        course.put("audiences", List.of("TEAM_MEMBER"));
        course.put("sharing", sharing);
        course.put("sections", List.of(Map.of("title", "Phòng chống lừa đảo", "lessons", List.of(
                Map.of("kind", "TEXT", "title", "Nhận diện lừa đảo", "body", "Không bao giờ đọc mã **OTP** cho người lạ. Trang chính thức:\n\n"
                        + "```\nhttps://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html?ma-ho-so=000.00.23.H33-261107-0001\n```"),
                Map.of("kind", "VIDEO", "title", "Xem hướng dẫn", "url", "https://video.example/otp",
                        "durationMinutes", 7, "required", false),
                Map.of("kind", "QUIZ", "title", "Bài kiểm tra", "quiz", quiz)))));
        course.put("questions", ANSWERS.entrySet().stream().map(question -> Map.of("kind", "SINGLE",
                "text", question.getKey(), "options", List.of(Map.of("text", question.getValue(), "correct", true),
                        Map.of("text", "Có thể", "correct", false)))).toList());
        return course;
    }
}
