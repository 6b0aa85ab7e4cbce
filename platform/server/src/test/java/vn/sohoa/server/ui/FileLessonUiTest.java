package vn.sohoa.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/**
 * A FILE lesson from end to end on a phone: the province's trainer adds it in the course editor, is told plainly
 * that a file which is no PDF is refused, uploads the PDF and sees its name and size, and publishes; a team member
 * of a commune below sees the name and size in the lesson player before anything loads, and the file on a tap.
 */
@QuarkusTest
class FileLessonUiTest extends BrowserTest {

    private static final String TRAINER = Api.ADMIN_A;
    private static final String LEARNER = Api.MEMBER;

    @Test
    void a_trainer_adds_a_pdf_lesson_that_a_learner_sees_sized_before_loading_it() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Fixtures.addMember(province, TRAINER, "TRAINER");
        Fixtures.addMember(commune, LEARNER, "TEAM_MEMBER");
        int course = Api.as(TRAINER).body(Map.of("code", "VNEID-" + System.nanoTime() % 100_000,
                        "title", "Kích hoạt VNeID mức 2", "audiences", List.of("TEAM_MEMBER"), "sharing", "DESCENDANTS",
                        "sections", List.of(Map.of("title", "Tài liệu", "lessons", List.of()))))
                .post("/api/v1/tenants/{code}/courses", province).then().statusCode(201).extract().path("id");
        onAPhone();
        SignedIn.as(page, app, TRAINER);

        page.navigate(SignedIn.tenantPage(app, province, "training/courses/" + course));
        tab("Nội dung");
        page.locator(".lesson-add-file").click();
        page.locator("#lesson-title input").fill("Hướng dẫn kích hoạt");
        PlaywrightAssertions.assertThat(page.locator("#lesson-file-current")).containsText("Chưa có tệp PDF");
        page.locator("#lesson-file-upload input[type=file]").setInputFiles(new FilePayload("huong-dan.pdf",
                "application/pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
        PlaywrightAssertions.assertThat(page.locator("#lesson-file-refused")).hasText(
                "Tệp này không phải PDF. Bài học dạng tệp chỉ nhận tệp PDF.");
        page.locator("#lesson-file-upload input[type=file]").setInputFiles(new FilePayload("huong-dan.pdf",
                "application/pdf", pdf(300 * 1024)));
        PlaywrightAssertions.assertThat(page.locator("#lesson-file-current")).hasText("Tệp PDF huong-dan.pdf · 300 KB");
        PlaywrightAssertions.assertThat(page.locator("#lesson-file-refused")).isHidden();
        page.locator("#lesson-save").click();
        PlaywrightAssertions.assertThat(page.locator(".editor-lesson-title")).hasText("Hướng dẫn kích hoạt");
        tab("Xuất bản");
        page.locator("#course-publish").click();
        PlaywrightAssertions.assertThat(page.locator("#course-state")).hasText("Bản nháp trùng với phiên bản 1 đã xuất bản.");

        int enrolment = Api.as(LEARNER).body(Map.of()).post("/api/v1/tenants/{code}/courses/{id}/enrolments", commune, course)
                .then().statusCode(201).extract().path("id");
        int lesson = Api.as(LEARNER).get("/api/v1/me/learning/{id}", enrolment).then().statusCode(200)
                .extract().path("sections[0].lessons[0].id");
        onAPhone();
        SignedIn.as(page, app, LEARNER);
        page.navigate(app + "learning/" + enrolment + "/lessons/" + lesson);
        PlaywrightAssertions.assertThat(page.locator("#lesson-file-size")).hasText("Tệp PDF huong-dan.pdf · 300 KB");
        String address = page.locator("#lesson-file").getAttribute("href");
        APIResponse file = page.request().get(address.startsWith("http") ? address : app + address);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.headers().get("content-type")).startsWith("application/pdf");
        assertThat(file.body()).isEqualTo(pdf(300 * 1024));
    }

    private void tab(String name) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name)).click();
        SignedIn.answered(page);
    }

    /** A PDF of exactly {@code size} bytes: its signature, then the same filler every time. */
    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) 'x');
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }
}
