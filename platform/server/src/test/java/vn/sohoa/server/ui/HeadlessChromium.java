package vn.sohoa.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;

/**
 * The browser of the UI tests: the operating system's Chromium, driven headless by Playwright. Playwright's
 * own browser download is switched off (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD, set by Surefire) because
 * build machines reach no CDN; {@code ./sohoa test} installs the Debian package instead.
 */
final class HeadlessChromium {

    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    /** Quiet and self-contained: no sandbox (tests may run as root), no GPU, no calls home. */
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private HeadlessChromium() {
    }

    /** Launches Chromium, or fails saying how to install it: a UI test never skips silently. */
    static Browser launch(Playwright playwright) {
        assertThat(EXECUTABLE)
                .as("The UI tests need Chromium at %s. Run ./sohoa test, which installs it, "
                        + "or install it by hand: apt-get install -y chromium", EXECUTABLE)
                .isExecutable();
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setHeadless(true).setExecutablePath(EXECUTABLE).setArgs(ARGS));
    }
}
