package vn.sohoa.server.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * One headless Chromium per test class and a fresh browser context per test, with an English browser
 * on purpose (the UI must still speak Vietnamese first) and a screenshot of where each test ended.
 */
abstract class BrowserTest {

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL app;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void start_the_browser() {
        playwright = Playwright.create();
        browser = HeadlessChromium.launch(playwright);
        // The first page of a freshly started application takes a while on a small build machine.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterAll
    static void stop_the_browser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void an_english_browser() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 800));
        page = context.newPage();
    }

    /** Replaces the desktop browser with a 360×740 touch screen, the narrowest phone the UI is made for. */
    void onAPhone() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(360, 740)
                .setHasTouch(true).setIsMobile(true));
        page = context.newPage();
    }

    @AfterEach
    void keep_a_screenshot(TestInfo test) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "ui-screenshots", test.getTestMethod().orElseThrow().getName() + ".png")));
        // Leaving the page first lets Vaadin's closing beacon finish; killing the page under it would
        // leave a "connection was closed" error in the server log.
        page.navigate("about:blank");
        context.close();
    }
}
