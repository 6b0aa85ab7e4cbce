package vn.sohoa.ui.units;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import vn.sohoa.platform.units.service.UnitService;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The sub-units of the route's tenant. Administrators of the tenant add them and click a row to edit one.
 */
@Route(value = TenantRoutes.TENANT + "units", layout = MainLayout.class)
@Menu(title = "units.title", icon = "vaadin:sitemap", order = 1)
public class UnitsView extends TenantPage implements HasDynamicTitle {

    private final UnitService units;

    @Inject
    public UnitsView(TenantRoutes routes, UnitService units) {
        super(routes);
        this.units = units;
        setSizeFull();
    }

    @Override
    protected void show(RoutedTenant tenant) {
        add(new H2(tenant.tenant().name()), new UnitsPanel(tenant, units));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("units.title") + " · Sohoa";
    }
}
