package vn.sohoa.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.training.CourseDocs;

/**
 * Enrolling members from a file on a phone: a commune's trainer uploads a list with mistakes and sees them line by
 * line, with nothing enrolled; then a clean list, whose preview counts who will be enrolled, and enrols them all.
 */
@QuarkusTest
class EnrolmentFileUiTest extends BrowserTest {

    @Test
    void a_trainer_sees_the_problems_of_a_list_by_line_then_enrols_a_clean_one() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.ADMIN_A, "TRAINER");
        Fixtures.addMember(commune, Api.MEMBER, "TEAM_MEMBER");
        Fixtures.addMember(commune, Api.VIEWER, "TEAM_MEMBER");
        int course = CourseDocs.published(province, Map.of("code", "LD-" + System.nanoTime() % 100_000,
                "title", "Nhận diện lừa đảo trực tuyến", "audiences", List.of("TEAM_MEMBER"),
                "sharing", "DESCENDANTS", "sections", List.of(Map.of("title", "Bài học", "lessons", List.of(
                        Map.of("kind", "TEXT", "title", "Cuộc gọi giả danh", "body", "Không chuyển tiền."))))));
        onAPhone();
        SignedIn.as(page, app, Api.ADMIN_A);

        page.navigate(SignedIn.tenantPage(app, commune, "courses/" + course));
        page.locator("#enrolment-file").click();
        upload("username\n" + Api.MEMBER + "\nkhong.ton.tai\n" + Api.MEMBER.toUpperCase() + "\n");
        PlaywrightAssertions.assertThat(page.locator("#enrolment-file-summary")).containsText("2 lỗi");
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, "khong.ton.tai is not a member")).isVisible();
        PlaywrightAssertions.assertThat(SignedIn.gridCell(page, "already on line 2")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#enrolment-file-enrol")).isDisabled();

        upload("username\n" + Api.MEMBER + "\n" + Api.VIEWER + "\n");
        PlaywrightAssertions.assertThat(page.locator("#enrolment-file-summary"))
                .hasText("2 dòng: 2 người sẽ được đăng ký, 0 người đã đăng ký từ trước, 0 lỗi.");
        page.locator("#enrolment-file-enrol").click();
        PlaywrightAssertions.assertThat(page.getByText("Đã đăng ký 2 người.")).isVisible();

        for (String learner : List.of(Api.MEMBER, Api.VIEWER)) {
            assertThat(Api.as(learner).get("/api/v1/me/learning").then().statusCode(200)
                    .extract().<List<Integer>>path("items.courseId")).contains(course);
        }
    }

    private void upload(String csv) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(
                new FilePayload("danh-sach.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        SignedIn.answered(page);
    }
}
