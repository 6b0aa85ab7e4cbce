package vn.sohoa.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * One headless Chromium per test class and a fresh browser context per test, with an English browser
 * on purpose (the UI must still speak Vietnamese first) and a screenshot of where each test ended; and the
 * steps every UI test shares: signing in (again, as another person), a phone's screen and what must fit it.
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
        // The first page of a freshly started application, and a page of many round trips on a build machine shared
        // by several builds, take a while: an assertion waits up to a minute before it fails.
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    @AfterAll
    static void stop_the_browser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    private boolean phone;

    @BeforeEach
    void an_english_browser() {
        phone = false;
        openBrowser();
    }

    /**
     * Replaces the browser with a 360×740 touch screen, the narrowest phone the UI is made for, where nobody is
     * signed in yet.
     */
    void onAPhone() {
        phone = true;
        closeBrowser();
        openBrowser();
    }

    /** Replaces the browser with a desktop one, where nobody is signed in yet. */
    void onADesktop() {
        phone = false;
        closeBrowser();
        openBrowser();
    }

    /** A browser of the same screen with nobody signed in, where {@code username} signs in: another person's turn. */
    void signInAgainAs(String username) {
        closeBrowser();
        openBrowser();
        SignedIn.as(page, app, username);
    }

    /** A page of a desktop browser of its own, beside this test's, where {@code username} is signed in. */
    Page anotherBrowserAs(String username) {
        Page other = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")).newPage();
        SignedIn.as(other, app, username);
        return other;
    }

    /**
     * Types a day (dd/MM/yyyy) into the date picker {@code pickerId} and closes its calendar: on a phone the
     * calendar fills the screen and stays open over the form after Enter.
     */
    void day(String pickerId, String text) {
        page.locator(pickerId + " input").fill(text);
        page.locator(pickerId + " input").press("Enter");
        if (page.locator(pickerId + " vaadin-date-picker-overlay[opened]").isVisible()) {
            page.keyboard().press("Escape");
        }
    }

    /**
     * Fails naming what sticks out sideways: the page scrolling sideways, or a field, button, heading, grid or
     * tab sheet (the dialogs' included) leaving the screen, or a grid whose columns do not fit it. A phone's
     * narrow screen must show every control without scrolling sideways.
     */
    void fitsTheScreen() {
        SignedIn.answered(page);
        @SuppressWarnings("unchecked")
        List<String> outside = (List<String>) page.evaluate("""
                () => {
                  const width = document.documentElement.clientWidth;
                  const outside = [];
                  if (document.documentElement.scrollWidth > width) {
                    outside.push('the page, ' + document.documentElement.scrollWidth + ' px wide');
                  }
                  const shown = 'vaadin-button, vaadin-text-field, vaadin-text-area, vaadin-select, '
                      + 'vaadin-big-decimal-field, vaadin-integer-field, vaadin-date-picker, vaadin-combo-box, '
                      + 'vaadin-multi-select-combo-box, vaadin-checkbox, vaadin-radio-group, vaadin-upload, '
                      + 'vaadin-grid, vaadin-tabsheet, h2, h3';
                  for (const element of document.querySelectorAll(shown)) {
                    const box = element.getBoundingClientRect();
                    if (box.width === 0 || element.closest('[slot="drawer"], vaadin-grid-cell-content')) {
                      continue;
                    }
                    const name = element.id || element.getAttribute('aria-label') || element.localName;
                    if (box.left < -1 || box.right > width + 1) {
                      outside.push(name + ' at ' + Math.round(box.left) + '..' + Math.round(box.right) + ' px');
                    }
                    const table = element.localName === 'vaadin-grid' && element.shadowRoot.querySelector('#table');
                    if (table && table.scrollWidth > table.clientWidth + 1) {
                      outside.push(name + ' columns, ' + table.scrollWidth + ' px in ' + table.clientWidth);
                    }
                  }
                  return outside;
                }""");
        assertThat(outside).as("what leaves a screen %d px wide", page.viewportSize().width).isEmpty();
    }

    private void openBrowser() {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setLocale("en-US");
        context = browser.newContext(phone ? options.setViewportSize(360, 740).setHasTouch(true).setIsMobile(true)
                : options.setViewportSize(1280, 800));
        page = context.newPage();
    }

    private void closeBrowser() {
        // Leaving the page first lets Vaadin's closing beacon finish; killing the page under it would
        // leave a "connection was closed" error in the server log.
        page.navigate("about:blank");
        context.close();
    }

    @AfterEach
    void keep_a_screenshot(TestInfo test) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "ui-screenshots", test.getTestMethod().orElseThrow().getName() + ".png")));
        closeBrowser();
    }
}
