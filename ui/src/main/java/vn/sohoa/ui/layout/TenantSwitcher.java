package vn.sohoa.ui.layout;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import vn.sohoa.admin.tenants.service.TenantFilter;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * Shows the tenant of the page and goes to the same page of another tenant, among those the person may see.
 * It holds no choice of its own: the page's address names the tenant. Tenants load page by page as the list
 * scrolls and filter on the server, since a province administrator sees thousands of them.
 */
class TenantSwitcher extends Composite<ComboBox<TenantSnapshot>> implements HasStyle {

    TenantSwitcher(TenantRoutes routes, TenantService tenants) {
        ComboBox<TenantSnapshot> box = getContent();
        box.setAriaLabel(getTranslation("tenant.label"));
        box.setPlaceholder(getTranslation("tenant.label"));
        box.setId("tenant-switcher");
        box.setItemLabelGenerator(tenant -> tenant.name() + " (" + tenant.code() + ")");
        // Ended tenants (merged, archived) are not offered; their pages stay reachable from the tenant tree.
        box.setItems(
                query -> tenants.list(routes.caller(), TenantFilter.live(query.getFilter().orElse(null)),
                        new PageRequest(query.getPage(), query.getPageSize())).items().stream(),
                query -> (int) tenants.list(routes.caller(), TenantFilter.live(query.getFilter().orElse(null)),
                        new PageRequest(0, 1)).total());
        // Takes what the navbar leaves, so a phone shows as much of a long commune name as fits.
        box.getStyle().setFlexGrow("1").setMinWidth("0").setMaxWidth("26rem");
        box.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            if (change.getValue() == null) {
                // An emptied box names no tenant to go to; keep showing the page's own.
                box.setValue(change.getOldValue());
                return;
            }
            UI ui = UI.getCurrent();
            ui.navigate(TenantRoutes.samePageOf(ui.getActiveViewLocation(), change.getValue().code()));
        });
    }

    /** Shows the tenant of the page now on screen; null on a page of no tenant (the tree, not found). */
    void show(TenantSnapshot tenant) {
        getContent().setValue(tenant);
    }
}
