package vn.sohoa.ui.tenants;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.treegrid.TreeGrid;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;

/** The columns of the tenant tree: the name carries the hierarchy, the code comes next to stay in view on a phone. */
class TenantTree extends TreeGrid<TenantSnapshot> {

    TenantTree(TenantTreeData data) {
        setSelectionMode(Grid.SelectionMode.NONE);
        addHierarchyColumn(TenantSnapshot::name).setHeader(getTranslation("tenant.name")).setFlexGrow(1)
                .setWidth("16rem");
        addColumn(TenantSnapshot::code).setHeader(getTranslation("tenant.code")).setAutoWidth(true).setFlexGrow(0);
        addColumn(tenant -> getTranslation("tenant.kind." + tenant.kind())).setHeader(getTranslation("tenant.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(tenant -> getTranslation("tenant.status." + tenant.status()))
                .setHeader(getTranslation("tenant.status")).setAutoWidth(true).setFlexGrow(0);
        setDataProvider(data);
        setSizeFull();
    }
}
