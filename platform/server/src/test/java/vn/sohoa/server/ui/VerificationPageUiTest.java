package vn.sohoa.server.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.certificates.Completions;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** A certificate's QR code opened on a phone by someone who is not signed in. */
@QuarkusTest
class VerificationPageUiTest extends BrowserTest {

    @Inject
    Completions completions;

    @Test
    void the_verification_page_reads_on_a_360_pixel_phone_without_a_login_and_switches_to_english() throws Exception {
        String province = Fixtures.newTenant();
        String serial = completions.certify(Completions.of(province, Fixtures.newTenant(province), Api.VIEWER,
                "Tôn Nữ Thị Hoàng Phương Thảo Nguyễn Hồng Nhung"));
        onAPhone();

        Response answer = page.navigate(app + "verify/" + serial);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(page.url()).as("no sign-in on the way").startsWith(app + "verify/");
        assertThat(page.getByText("Chứng nhận hợp lệ")).isVisible();
        assertThat(page.getByText("Tôn Nữ Thị Hoàng Phương Thảo Nguyễn Hồng Nhung")).isVisible();
        assertThat(page.getByText(serial)).isVisible();
        assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);

        page.getByText("English").click();

        assertThat(page.getByText("Valid certificate")).isVisible();
        assertThat(page.getByText("Date of issue")).isVisible();
    }
}
