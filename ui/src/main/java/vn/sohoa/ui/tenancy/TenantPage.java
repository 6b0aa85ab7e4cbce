package vn.sohoa.ui.tenancy;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Permission;

/**
 * A page of one tenant, routed at {@code /t/{code}/…} ({@link TenantRoutes#TENANT}). It takes its tenant from
 * its own route each time it is entered and builds itself for it; a tenant that does not exist and one the
 * person may not see both end on the same not-found page.
 *
 * <p>Vaadin keeps the page's instance when the browser goes from one tenant to another on the same page (the
 * switcher, a link, the back button), so {@link #show} builds the whole page again each time.
 */
public abstract class TenantPage extends VerticalLayout implements BeforeEnterObserver {

    private final TenantRoutes routes;
    private RouteParameters parameters = RouteParameters.empty();

    protected TenantPage(TenantRoutes routes) {
        this.routes = routes;
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        Optional<RoutedTenant> tenant = routes.of(event.getRouteParameters(), opensTo());
        if (tenant.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        parameters = event.getRouteParameters();
        show(tenant.get());
    }

    /**
     * Who may open the page: those who read the tenant ({@link Access#READ}). A page made for people who only learn
     * there (a LEARNER, who reads nothing of the tenant) names the permission that lets them in.
     */
    protected Permission opensTo() {
        return Access.READ;
    }

    /** A parameter of the page's route after the tenant's code, such as the id of the record it shows. */
    protected Optional<String> parameter(String name) {
        return parameters.get(name);
    }

    /** Builds the page for the tenant of its route, replacing whatever it showed before. */
    protected abstract void show(RoutedTenant tenant);
}
