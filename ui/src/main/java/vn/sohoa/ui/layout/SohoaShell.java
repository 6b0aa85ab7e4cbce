package vn.sohoa.ui.layout;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page around the Vaadin application: the stock Lumo theme and its utility classes, nothing custom. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
public class SohoaShell implements AppShellConfigurator {
}
