package vn.sohoa.ui.monitoring;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.ui.tenancy.TenantRoutes;

/** The dashboards above this one, up to the highest tenant the person may see, each a link. */
class Breadcrumbs extends Nav {

    Breadcrumbs(TenantSnapshot here, TenantRoutes routes) {
        setId("breadcrumbs");
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.XSMALL,
                LumoUtility.FontSize.SMALL);
        getElement().setAttribute("aria-label", getTranslation("monitoring.breadcrumbs"));
        List<TenantSnapshot> above = new ArrayList<>();
        Optional<TenantSnapshot> parent = Optional.ofNullable(here.parentCode()).flatMap(routes::visible);
        while (parent.isPresent()) {
            above.addFirst(parent.get());
            parent = Optional.ofNullable(parent.get().parentCode()).flatMap(routes::visible);
        }
        for (TenantSnapshot tenant : above) {
            RouterLink link = new RouterLink();
            link.setText(tenant.name());
            link.setRoute(DashboardView.class, DashboardView.parameters(tenant.code()));
            add(link, new Span("›"));
        }
        add(new Span(here.name()));
    }
}
