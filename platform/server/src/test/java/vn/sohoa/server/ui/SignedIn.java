package vn.sohoa.server.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.vaadin.flow.data.value.HasValueChangeMode;
import java.net.URL;

/**
 * What every UI test does with a page: sign in on the Keycloak login page, open a page of a tenant, switch
 * tenants, type into a search field, find shown grid cells.
 */
final class SignedIn {

    private SignedIn() {
    }

    /** Opens the application and signs in with the dev-realm password, waiting for the layout. */
    static void as(Page page, URL app, String username) {
        as(page, app, username, "demo");
    }

    /** Opens the application and signs in with this password, waiting for the layout. */
    static void as(Page page, URL app, String username, String password) {
        login(page, app.toString(), username, password);
        PlaywrightAssertions.assertThat(page.locator("#tenant-switcher")).isVisible();
    }

    /**
     * Opens this page of the application and signs in with the dev-realm password on the login page it leads
     * to, which returns to it; waits for nothing.
     */
    static void on(Page page, String address, String username) {
        login(page, address, username, "demo");
    }

    private static void login(Page page, String address, String username, String password) {
        page.navigate(address);
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
    }

    /** The address of a page of a tenant: {@code t/{code}/{page}}. */
    static String tenantPage(URL app, String code, String page) {
        return app + "t/" + code + "/" + page;
    }

    /** A shown grid cell with this text; rows the grid keeps hidden for reuse still hold old texts. */
    static Locator gridCell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text).setVisible(true));
    }

    /**
     * Types into a field that sends its value lazily, and waits until the server has answered it. Until
     * then the page still shows the rows from before, whose buttons the answer replaces: a click on
     * one of them would be lost.
     */
    static void search(Page page, Locator field, String text) {
        field.fill(text);
        page.waitForTimeout(HasValueChangeMode.DEFAULT_CHANGE_TIMEOUT);
        answered(page);
    }

    /**
     * Types a test commune's code into the layout's switcher, which filters on the server, picks the
     * commune and waits for the same page of it to show.
     */
    static void chooseTenant(Page page, String code) {
        page.locator("#tenant-switcher input").fill(code);
        page.getByRole(AriaRole.OPTION,
                new Page.GetByRoleOptions().setName(TestCommunes.name(code) + " (" + code + ")")).click();
        answered(page);
    }

    /** Waits until the server has answered everything the page sent. */
    static void answered(Page page) {
        page.waitForFunction("() => Object.values(window.Vaadin.Flow.clients)"
                + ".every(client => !client.isActive || !client.isActive())");
    }
}
