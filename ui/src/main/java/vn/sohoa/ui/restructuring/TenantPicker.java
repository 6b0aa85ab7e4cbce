package vn.sohoa.ui.restructuring;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.data.provider.CallbackDataProvider.FetchCallback;
import vn.sohoa.admin.tenants.service.TenantFilter;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.ui.tenancy.RoutedTenant;

/** Pickers of live tenants (merged and archived ones are never offered), filtered on the server. */
final class TenantPicker {

    private TenantPicker() {
    }

    static ComboBox<TenantSnapshot> single(String label, RoutedTenant current, TenantService tenants) {
        ComboBox<TenantSnapshot> box = new ComboBox<>(label);
        box.setItemLabelGenerator(TenantPicker::label);
        box.setItems(live(current, tenants));
        return box;
    }

    static MultiSelectComboBox<TenantSnapshot> many(String label, RoutedTenant current, TenantService tenants) {
        MultiSelectComboBox<TenantSnapshot> box = new MultiSelectComboBox<>(label);
        box.setItemLabelGenerator(TenantPicker::label);
        box.setItems(live(current, tenants));
        return box;
    }

    private static FetchCallback<TenantSnapshot, String> live(RoutedTenant current, TenantService tenants) {
        return query -> tenants.list(current.caller(),
                TenantFilter.live(query.getFilter().orElse(null)),
                new PageRequest(query.getPage(), query.getPageSize())).items().stream();
    }

    private static String label(TenantSnapshot tenant) {
        return tenant.name() + " (" + tenant.code() + ")";
    }
}
