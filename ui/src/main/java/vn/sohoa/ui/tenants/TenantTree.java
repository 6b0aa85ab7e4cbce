package vn.sohoa.ui.tenants;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.function.SerializableConsumer;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;

/**
 * The columns of the tenant tree: the name carries the hierarchy, the code comes next to stay in view on
 * a phone. A click on a row, or on its arrow, opens the tenant.
 */
class TenantTree extends TreeGrid<TenantSnapshot> {

    TenantTree(TenantTreeData data, SerializableConsumer<TenantSnapshot> open) {
        setSelectionMode(Grid.SelectionMode.NONE);
        // The service orders by code; a sortable header would promise another order.
        addHierarchyColumn(TenantSnapshot::name).setHeader(getTranslation("tenant.name")).setFlexGrow(1)
                .setWidth("12rem").setSortable(false);
        addColumn(TenantSnapshot::code).setHeader(getTranslation("tenant.code")).setAutoWidth(true).setFlexGrow(0);
        addColumn(tenant -> getTranslation("tenant.kind." + tenant.kind())).setHeader(getTranslation("tenant.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(tenant -> getTranslation("tenant.status." + tenant.status()))
                .setHeader(getTranslation("tenant.status")).setAutoWidth(true).setFlexGrow(0);
        // A click on a name opens or closes its branch, so opening the tenant has a button of its own,
        // kept in view at the row's end on a phone.
        addComponentColumn(tenant -> {
            Button button = new Button(VaadinIcon.ARROW_RIGHT.create(), click -> open.accept(tenant));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            button.setAriaLabel(getTranslation("tenants.open", tenant.name()));
            return button;
        }).setFrozenToEnd(true).setAutoWidth(true).setFlexGrow(0);
        addItemClickListener(click -> open.accept(click.getItem()));
        setDataProvider(data);
        setSizeFull();
    }
}
