package vn.sohoa.server.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.net.URL;

/** What every UI test does with a page: sign in on the Keycloak login page, find shown grid cells. */
final class SignedIn {

    private SignedIn() {
    }

    /** Opens the application and signs in with the dev-realm password, waiting for the layout. */
    static void as(Page page, URL app, String username) {
        page.navigate(app.toString());
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("#kc-login").click();
        PlaywrightAssertions.assertThat(page.locator("#tenant-switcher")).isVisible();
    }

    /** A shown grid cell with this text; rows the grid keeps hidden for reuse still hold old texts. */
    static Locator gridCell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text).setVisible(true));
    }
}
