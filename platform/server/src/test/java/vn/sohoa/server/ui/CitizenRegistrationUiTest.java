package vn.sohoa.server.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.training.CourseDocs;

/**
 * A citizen on a phone: signs up on Keycloak's registration page (the dev realm allows it), belongs to no unit, so
 * registers in their commune at {@code /register}, and then finds only the courses for citizens there.
 */
@QuarkusTest
class CitizenRegistrationUiTest extends BrowserTest {

    private static final String FOR_CITIZENS = "Nhận diện và phòng chống lừa đảo trực tuyến";
    private static final String FOR_OFFICIALS = "Thanh toán không dùng tiền mặt an toàn";

    @Test
    void a_citizen_signs_up_registers_in_a_commune_and_sees_only_courses_for_citizens() {
        String province = Fixtures.newTenant();
        String commune = Fixtures.newTenant(province);
        published(province, FOR_CITIZENS, "CITIZEN");
        published(province, FOR_OFFICIALS, "OFFICIAL");
        String username = "cd" + UUID.randomUUID().toString().substring(0, 8);
        onAPhone();

        page.navigate(app.toString());
        page.locator("#kc-registration a").click();
        page.locator("#username").fill(username);
        page.locator("#email").fill(username + "@example.org");
        page.locator("#firstName").fill("Thị Hoa");
        page.locator("#lastName").fill("Nguyễn");
        page.locator("#password").fill("demo-" + username);
        page.locator("#password-confirm").fill("demo-" + username);
        page.locator("#kc-register-form [type=submit]").click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đăng ký học")
                .setExact(false))).isVisible();

        page.navigate(app + "register");
        page.locator("#register-commune input").fill(commune.toLowerCase());
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Xã thử " + commune).setExact(false)).click();
        SignedIn.answered(page);
        page.locator("#register-submit").click();
        Locator cards = page.locator(".course-card");
        PlaywrightAssertions.assertThat(cards.filter(new Locator.FilterOptions().setHasText(FOR_CITIZENS))).isVisible();
        PlaywrightAssertions.assertThat(cards).hasCount(1);
        PlaywrightAssertions.assertThat(page.getByText(FOR_OFFICIALS)).hasCount(0);
    }

    private static void published(String tenant, String title, String audience) {
        CourseDocs.published(tenant, Map.of("code", "C-" + UUID.randomUUID().toString().substring(0, 8),
                "title", title, "audiences", List.of(audience), "sharing", "DESCENDANTS",
                "sections", List.of(Map.of("title", "Bài học", "lessons", List.of(
                        Map.of("kind", "TEXT", "title", "Bắt đầu", "body", "Nội dung."))))));
    }
}
