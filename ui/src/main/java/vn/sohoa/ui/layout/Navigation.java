package vn.sohoa.ui.layout;

import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.MenuData;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * One entry per view that declares a {@code @Menu}, so the layout needs to know no view. Vaadin's own menu
 * leaves out routes with parameters, which every tenant page has; their entries lead to the pages of the tenant
 * on screen, or of the person's home tenant on a page of no tenant.
 */
class Navigation extends SideNav {

    private final Map<SideNavItem, String> templates = new LinkedHashMap<>();

    Navigation() {
        addClassNames(LumoUtility.Padding.Horizontal.SMALL);
        RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getMenuData() != null && !route.getMenuData().isExclude())
                .sorted(Comparator.comparing((RouteData route) -> route.getMenuData().getOrder(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(route -> {
                    MenuData menu = route.getMenuData();
                    SideNavItem item = new SideNavItem(getTranslation(menu.getTitle()));
                    if (menu.getIcon() != null) {
                        item.setPrefixComponent(new Icon(menu.getIcon()));
                    }
                    templates.put(item, route.getTemplate());
                    addItem(item);
                });
    }

    /** Points the entries of tenant pages at this tenant; without one (a person of no tenant) they are hidden. */
    void show(String tenantCode) {
        templates.forEach((item, template) -> {
            boolean ofTenant = template.startsWith(TenantRoutes.TENANT) || template.equals(TenantRoutes.HOME);
            item.setVisible(!ofTenant || tenantCode != null);
            item.setPath(!ofTenant ? template : tenantCode == null ? null : TenantRoutes.path(template, tenantCode));
        });
    }
}
