package vn.sohoa.ui.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.ui.tenancy.HomeTenant;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The frame of every page. The navbar holds what changes the whole page (the tenant); the drawer
 * holds the navigation and, at its foot, the person's language and logout, so a phone's narrow
 * navbar only carries the title and the tenant. Both follow the address after each navigation: the
 * layout stays while pages of different tenants come and go in it.
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final TenantRoutes routes;
    private final HomeTenant home;
    private final TenantSwitcher switcher;
    private final Navigation navigation = new Navigation();

    @Inject
    public MainLayout(TenantRoutes routes, HomeTenant home, TenantService tenants, SecurityIdentity identity) {
        this.routes = routes;
        this.home = home;
        Span title = new Span("Sohoa");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        this.switcher = new TenantSwitcher(routes, tenants);
        switcher.addClassNames(LumoUtility.Margin.Horizontal.MEDIUM);
        addToNavbar(new DrawerToggle(), title, switcher);

        Scroller scroller = new Scroller(navigation);
        scroller.addClassNames(LumoUtility.Flex.GROW);
        addToDrawer(scroller, new AccountPanel(identity));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Optional<TenantSnapshot> shown = event.getRouteParameters().get(TenantRoutes.CODE).flatMap(routes::visible);
        switcher.show(shown.orElse(null));
        navigation.show(shown.map(TenantSnapshot::code).or(() -> home.of(routes.caller())).orElse(null));
    }
}
