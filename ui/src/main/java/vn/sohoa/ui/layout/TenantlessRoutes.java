package vn.sohoa.ui.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.sohoa.ui.tenancy.HomeTenant;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The root and the addresses tenant pages had before they named their tenant: each forwards to the same page
 * of the person's home tenant ({@link HomeTenant}), so old bookmarks keep working, and the root to the home
 * tenant's dashboard (a team member's to its quick entry). A person of no tenant stays here and reads why there is nothing to show.
 */
@Route(value = "", layout = MainLayout.class)
@RouteAlias(value = "units", layout = MainLayout.class)
@RouteAlias(value = "teams", layout = MainLayout.class)
@RouteAlias(value = "tenant", layout = MainLayout.class)
@RouteAlias(value = "support/new", layout = MainLayout.class)
@RouteAlias(value = "support/week", layout = MainLayout.class)
@RouteAlias(value = "support-logs/import", layout = MainLayout.class)
public class TenantlessRoutes extends VerticalLayout implements BeforeEnterObserver {

    private final TenantRoutes routes;
    private final HomeTenant home;

    @Inject
    public TenantlessRoutes(TenantRoutes routes, HomeTenant home) {
        this.routes = routes;
        this.home = home;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String page = event.getLocation().getPath();
        Optional<String> address = page.isEmpty() ? home.landing(routes.caller())
                : home.of(routes.caller()).map(code -> TenantRoutes.pageOf(code, page));
        if (address.isEmpty()) {
            removeAll();
            add(new Paragraph(getTranslation("tenant.none")),
                    new Anchor("register", getTranslation("training.register.title")));
            return;
        }
        event.forwardTo(address.get(), event.getLocation().getQueryParameters());
    }
}
