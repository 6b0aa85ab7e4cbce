package vn.sohoa.ui.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.ui.tenancy.CurrentTenant;

/**
 * The frame of every page. The navbar holds what changes the whole page (the tenant); the drawer
 * holds the navigation and, at its foot, the person's language and logout, so a phone's narrow
 * navbar only carries the title and the tenant.
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final CurrentTenant tenant;
    private final TenantSwitcher switcher;

    @Inject
    public MainLayout(CurrentTenant tenant, TenantService tenants, SecurityIdentity identity) {
        Span title = new Span("Sohoa");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        this.tenant = tenant;
        this.switcher = new TenantSwitcher(tenant, tenants);
        switcher.addClassNames(LumoUtility.Margin.Horizontal.MEDIUM);
        addToNavbar(new DrawerToggle(), title, switcher);

        Scroller navigation = new Scroller(navigation());
        navigation.addClassNames(LumoUtility.Flex.GROW);
        addToDrawer(navigation, new AccountPanel(identity));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        switcher.showChosen(tenant);
    }

    /** One entry per view that declares a {@code @Menu}, so the layout needs to know no view. */
    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassNames(LumoUtility.Padding.Horizontal.SMALL);
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }
}
