package vn.sohoa.ui.units;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.inject.Inject;
import vn.sohoa.platform.units.service.UnitService;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.CurrentTenant;

/** The sub-units of the chosen tenant. Administrators of the tenant add them and click a row to edit one. */
@Route(value = "units", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@Menu(title = "units.title", icon = "vaadin:sitemap", order = 1)
public class UnitsView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public UnitsView(CurrentTenant tenant, UnitService units) {
        setSizeFull();
        var chosen = tenant.chosen();
        if (chosen.isEmpty()) {
            add(new Paragraph(getTranslation("tenant.none")));
            return;
        }
        add(new H2(chosen.get().name()), new UnitsPanel(tenant, units));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("units.title") + " · Sohoa";
    }
}
