package vn.sohoa.ui.indicators;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.indicators.domain.DataSet;
import vn.sohoa.platform.indicators.service.CompletenessGrid;
import vn.sohoa.platform.indicators.service.CompletenessGridFiles;
import vn.sohoa.platform.indicators.service.DataSetService;
import vn.sohoa.platform.indicators.service.ReportCompleteness;
import vn.sohoa.platform.indicators.service.ReportPdf;
import vn.sohoa.platform.indicators.service.ReportTable;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * Completeness and timeliness of a data set for a period over the tenant's subtree
 * ({@code /t/93/completeness/BC-XA/2026-11}): expected, submitted, on time, late and approved, every unit that
 * owes the form coloured by its state, and the units still missing, each linked to its form; then the periods of
 * the chosen period's year side by side, unit by period ({@link CompletenessGridPanel}). The data set and period
 * are in the address, so a board can be bookmarked or sent.
 */
@Route(value = TenantRoutes.TENANT + "completeness/:dataSet?/:period?", layout = MainLayout.class)
@Menu(title = "indicators.completeness.title", icon = "vaadin:check-square-o", order = 0.92)
public class CompletenessView extends TenantPage implements HasDynamicTitle {

    private final DataSetService dataSets;
    private final ReportCompleteness completeness;
    private final ReportTable tables;
    private final ReportPdf pdf;
    private final CompletenessGrid grids;
    private final CompletenessGridFiles gridFiles;
    private final Clock clock;

    @Inject
    public CompletenessView(TenantRoutes routes, DataSetService dataSets, ReportCompleteness completeness,
                            ReportTable tables, ReportPdf pdf, CompletenessGrid grids, CompletenessGridFiles gridFiles,
                            Clock clock) {
        super(routes);
        this.dataSets = dataSets;
        this.completeness = completeness;
        this.tables = tables;
        this.pdf = pdf;
        this.grids = grids;
        this.gridFiles = gridFiles;
        this.clock = clock;
    }

    @Override
    protected void show(RoutedTenant tenant) {
        tenant.enter(Access.READ);
        add(new H2(getTranslation("indicators.completeness.title") + " · " + tenant.tenant().name()));
        List<DataSet> sets = dataSets.visible();
        Optional<DataSet> chosen = parameter("dataSet").flatMap(code -> sets.stream()
                .filter(set -> set.code().equals(code)).findFirst()).or(() -> sets.stream().findFirst());
        if (chosen.isEmpty()) {
            add(new Paragraph(getTranslation("indicators.data-sets.none")));
            return;
        }
        DataSet dataSet = chosen.get();
        List<String> periods = BegunPeriods.of(dataSet, clock);
        String period = parameter("period").filter(periods::contains).orElse(periods.getFirst());
        Select<DataSet> set = new Select<>();
        set.setId("completeness-data-set");
        set.setLabel(getTranslation("indicators.data-set"));
        set.setItems(sets);
        set.setItemLabelGenerator(DataSet::name);
        set.setValue(dataSet);
        Select<String> when = new Select<>();
        when.setId("completeness-period");
        when.setLabel(getTranslation("indicators.period"));
        when.setItems(periods);
        when.setValue(period);
        set.addValueChangeListener(change -> go(tenant, change.getValue().code(), null));
        when.addValueChangeListener(change -> go(tenant, dataSet.code(), change.getValue()));
        FlexLayout pickers = new FlexLayout(set, when);
        pickers.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        pickers.getStyle().set("gap", "var(--lumo-space-s)");
        add(pickers);
        ReportCompleteness.Completeness board = completeness.of(dataSet.code(), period);
        add(new Paragraph(getTranslation("indicators.due", VietnamCalendar.DAY.format(board.dueDate()))), counts(board),
                grid(board, period), missing(board, period), new ReportExports(tenant, tables, pdf, dataSet.code(), period),
                new CompletenessGridPanel(tenant, grids.of(dataSet.code(), dataSet.period(period).year()), gridFiles),
                new ReportLinks(tenant));
    }

    private void go(RoutedTenant tenant, String dataSet, String period) {
        getUI().ifPresent(ui -> ui.navigate(TenantRoutes.pageOf(tenant.code(), "completeness/" + dataSet
                + (period == null ? "" : "/" + period))));
    }

    private FlexLayout counts(ReportCompleteness.Completeness board) {
        FlexLayout counts = new FlexLayout();
        counts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        counts.getStyle().set("gap", "var(--lumo-space-m)");
        Stream.of(new Object[] {"expected", board.expected()}, new Object[] {"submitted", board.submitted()},
                new Object[] {"on-time", board.onTime()}, new Object[] {"late", board.late()},
                new Object[] {"approved", board.approved()}).forEach(figure -> {
            Span number = new Span(Figures.format((Integer) figure[1]));
            number.setId("completeness-" + figure[0]);
            number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("display", "block");
            Div card = new Div(number, new Span(getTranslation("indicators.completeness." + figure[0])));
            card.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)");
            counts.add(card);
        });
        return counts;
    }

    private Grid<ReportCompleteness.Unit> grid(ReportCompleteness.Completeness board, String period) {
        Grid<ReportCompleteness.Unit> grid = new Grid<>();
        grid.setId("completeness-grid");
        grid.addColumn(new ComponentRenderer<>(unit -> link(unit, board, period))).setHeader(getTranslation("indicators.unit"))
                .setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(unit -> {
            Span state = States.badge(unit.state());
            if (unit.late()) {
                state.add(" ");
                state.add(States.late());
            }
            return state;
        })).setHeader(getTranslation("indicators.state")).setAutoWidth(true);
        grid.addColumn(unit -> unit.firstSubmittedAt() == null ? "–" : VietnamCalendar.DAY_TIME.format(unit.firstSubmittedAt()))
                .setHeader(getTranslation("indicators.inbox.submitted")).setAutoWidth(true);
        grid.setItems(board.units());
        grid.setAllRowsVisible(board.units().size() <= 50);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private Div missing(ReportCompleteness.Completeness board, String period) {
        Div missing = new Div(new H3(getTranslation("indicators.completeness.missing-units", board.missing().size())));
        missing.setId("completeness-missing");
        board.units().stream().filter(unit -> !unit.submitted()).forEach(unit -> {
            Div line = new Div(link(unit, board, period));
            missing.add(line);
        });
        return missing;
    }

    private static Anchor link(ReportCompleteness.Unit unit, ReportCompleteness.Completeness board, String period) {
        return new Anchor(TenantRoutes.pageOf(unit.tenantCode(), "reports/" + board.dataSetCode() + "/" + period),
                unit.tenantName() + " (" + unit.tenantCode() + ")");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicators.completeness.title") + " · Sohoa";
    }
}
