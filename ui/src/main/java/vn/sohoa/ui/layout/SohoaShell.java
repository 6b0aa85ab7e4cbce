package vn.sohoa.ui.layout;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around the Vaadin application: the stock Lumo theme and its utility classes, and the few rules Lumo
 * leaves to the application ({@code styles/sohoa.css}: a text lesson's images and code stay within a phone).
 *
 * <p>The paths start with a slash because Flow 25.1.5 hands the bare {@code lumo/lumo.css} to
 * Undertow, which logs a MalformedURLException warning on every page load (vaadin/flow#24028, fixed
 * in Flow 25.1.12). The application is served from the root, so both forms name the same file.
 */
@StyleSheet("/" + Lumo.STYLESHEET)
@StyleSheet("/" + Lumo.UTILITY_STYLESHEET)
@StyleSheet("/styles/sohoa.css")
public class SohoaShell implements AppShellConfigurator {
}
