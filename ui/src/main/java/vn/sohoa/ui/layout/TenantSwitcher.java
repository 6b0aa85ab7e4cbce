package vn.sohoa.ui.layout;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import vn.sohoa.admin.tenants.service.TenantFilter;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.ui.tenancy.CurrentTenant;

/**
 * Chooses the tenant to work in among those the person may see. Tenants load page by page as the
 * list scrolls and filter on the server, since a province administrator sees thousands of them.
 */
class TenantSwitcher extends Composite<ComboBox<TenantSnapshot>> implements HasStyle {

    TenantSwitcher(CurrentTenant current, TenantService tenants) {
        ComboBox<TenantSnapshot> box = getContent();
        box.setAriaLabel(getTranslation("tenant.label"));
        box.setPlaceholder(getTranslation("tenant.label"));
        box.setId("tenant-switcher");
        box.setItemLabelGenerator(tenant -> tenant.name() + " (" + tenant.code() + ")");
        // Ended tenants (merged, archived) are not offered; their pages stay reachable from the tenant tree.
        box.setItems(
                query -> tenants.list(current.caller(), TenantFilter.live(query.getFilter().orElse(null)),
                        new PageRequest(query.getPage(), query.getPageSize())).items().stream(),
                query -> (int) tenants.list(current.caller(), TenantFilter.live(query.getFilter().orElse(null)),
                        new PageRequest(0, 1)).total());
        showChosen(current);
        // Takes what the navbar leaves, so a phone shows as much of a long commune name as fits.
        box.getStyle().setFlexGrow("1").setMinWidth("0").setMaxWidth("26rem");
        box.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            if (change.getValue() == null) {
                // An emptied box would leave the page without a tenant; keep the one in use.
                box.setValue(change.getOldValue());
                return;
            }
            current.choose(change.getValue().code());
            UI.getCurrent().refreshCurrentRoute(false);
        });
    }

    /**
     * Shows the tenant chosen in the session, which pages change too (opening a tenant from the tree,
     * following a merged tenant into its successor) while the layout and its switcher stay.
     */
    void showChosen(CurrentTenant current) {
        getContent().setValue(current.chosen().orElse(null));
    }
}
