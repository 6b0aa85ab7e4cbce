package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import vn.sohoa.platform.pilots.service.Replica;

/** Where a pilot was replicated: each unit, where its copy stands and how many of its KPIs it reached. */
class ReplicaGrid extends Grid<Replica> {

    ReplicaGrid(List<Replica> replicas) {
        addColumn(TwoLines.<Replica>of(Replica::tenantName,
                        replica -> getTranslation("pilots.status." + replica.status().name())))
                .setHeader(getTranslation("pilots.replica.unit")).setFlexGrow(1);
        addColumn(replica -> replica.kpisReached() + "/" + replica.kpis())
                .setHeader(getTranslation("pilots.replica.kpis")).setWidth("6rem").setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("pilots.replicas.none"));
        setItems(replicas);
    }
}
