package vn.sohoa.ui.restructuring;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import vn.sohoa.admin.restructuring.service.Lineage;
import vn.sohoa.admin.restructuring.service.LineageLink;
import vn.sohoa.admin.restructuring.service.LineageService;
import vn.sohoa.admin.restructuring.service.ParentChange;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.ui.tenancy.RoutedTenant;

/**
 * A tenant's history in the hierarchy: whom it succeeded, who succeeded it, where it moved; and,
 * for its administrators, the people of merged predecessors offered to it.
 */
@Dependent
public class LineagePanel extends VerticalLayout {

    private final LineageService lineages;
    private final MemberOffersGrid offers;
    private RoutedTenant current;

    @Inject
    LineagePanel(LineageService lineages, MemberOffersGrid offers) {
        this.lineages = lineages;
        this.offers = offers;
        setPadding(false);
        // Read when the tab is first shown, not for every visit of the tenant's page.
        addAttachListener(attach -> {
            if (getComponentCount() == 0) {
                load();
            }
        });
    }

    /** Shows this tenant's history, read once the panel is on screen; replaces what was shown before. */
    public LineagePanel show(RoutedTenant tenant) {
        current = tenant;
        removeAll();
        if (isAttached()) {
            load();
        }
        return this;
    }

    private void load() {
        String code = current.enter(Access.READ).code();
        Lineage lineage = lineages.of(code);
        add(new H4(getTranslation("lineage.predecessors")), links(lineage.predecessors()),
                new H4(getTranslation("lineage.successors")), links(lineage.successors()),
                new H4(getTranslation("lineage.moves")), moves(lineage.moves()));
        if (current.allows(Access.INSPECT)) {
            add(new H4(getTranslation("offers.title")), offers.show(current));
        }
    }

    private Grid<LineageLink> links(List<LineageLink> links) {
        Grid<LineageLink> grid = table(links);
        grid.addColumn(LineageLink::code).setHeader(getTranslation("tenant.code")).setAutoWidth(true);
        grid.addColumn(LineageLink::name).setHeader(getTranslation("tenant.name")).setAutoWidth(true);
        grid.addColumn(link -> getTranslation("lineage.kind." + link.kind())).setHeader(getTranslation("lineage.kind"))
                .setAutoWidth(true);
        grid.addColumn(link -> VietnamCalendar.DAY.format(link.effectiveDate())).setHeader(getTranslation("restructure.effective-date"));
        return grid;
    }

    private Grid<ParentChange> moves(List<ParentChange> moves) {
        Grid<ParentChange> grid = table(moves);
        grid.addColumn(ParentChange::fromParentCode).setHeader(getTranslation("lineage.from")).setAutoWidth(true);
        grid.addColumn(ParentChange::toParentCode).setHeader(getTranslation("lineage.to")).setAutoWidth(true);
        grid.addColumn(move -> VietnamCalendar.DAY.format(move.effectiveDate())).setHeader(getTranslation("restructure.effective-date"));
        return grid;
    }

    private static <T> Grid<T> table(List<T> rows) {
        Grid<T> grid = new Grid<>();
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(grid.getTranslation("lineage.empty"));
        return grid;
    }
}
