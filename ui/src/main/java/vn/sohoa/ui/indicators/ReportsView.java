package vn.sohoa.ui.indicators;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.indicators.domain.DataSet;
import vn.sohoa.platform.indicators.domain.ReportState;
import vn.sohoa.platform.indicators.service.DataSetService;
import vn.sohoa.platform.indicators.service.UnitReports;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The forms a unit owes in a year: each data set it reports and each period begun, with the form's state, its
 * due day and whether it is late; searched by data set and filtered by state. A row opens the form.
 */
@Route(value = TenantRoutes.TENANT + "reports", layout = MainLayout.class)
@Menu(title = "indicators.reports.title", icon = "vaadin:clipboard-check", order = 0.9)
public class ReportsView extends TenantPage implements HasDynamicTitle {

    private final UnitReports forms;
    private final DataSetService dataSets;
    private final Clock clock;

    @Inject
    public ReportsView(TenantRoutes routes, UnitReports forms, DataSetService dataSets, Clock clock) {
        super(routes);
        this.forms = forms;
        this.dataSets = dataSets;
        this.clock = clock;
    }

    @Override
    protected void show(RoutedTenant tenant) {
        tenant.enter(Access.READ);
        add(new H2(getTranslation("indicators.reports.title") + " · " + tenant.tenant().name()));
        int thisYear = VietnamCalendar.today(clock).getYear();
        Select<Integer> year = new Select<>();
        year.setLabel(getTranslation("indicators.year"));
        year.setItems(IntStream.rangeClosed(0, 4).mapToObj(back -> thisYear - back).toList());
        year.setValue(thisYear);
        year.setWidth("8rem");
        Select<ReportState> state = new Select<>();
        state.setLabel(getTranslation("indicators.state"));
        state.setItems(List.of(ReportState.values()));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("indicators.all"));
        state.setItemLabelGenerator(value -> getTranslation(value == null ? "indicators.all" : States.label(value)));
        Select<DataSet> set = new Select<>();
        set.setLabel(getTranslation("indicators.data-set"));
        set.setItems(dataSets.visible().stream().filter(visible -> visible.assignedKinds().contains(tenant.tenant().kind()))
                .toList());
        set.setEmptySelectionAllowed(true);
        set.setEmptySelectionCaption(getTranslation("indicators.all"));
        set.setItemLabelGenerator(value -> value == null ? getTranslation("indicators.all") : value.name());
        Checkbox missing = new Checkbox(getTranslation("indicators.reports.missing-only"));
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("indicators.reports.search"));
        search.setAriaLabel(getTranslation("indicators.reports.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        Grid<UnitReports.Row> grid = grid();
        grid.setId("reports-grid");
        FilterSource filter = () -> new UnitReports.Filter(year.getValue(),
                set.getValue() == null ? null : set.getValue().code(), state.getValue(), missing.getValue(),
                search.getValue());
        grid.setItems(query -> {
            // Every fetch is an HTTP request of its own, so each one enters the tenant before reading.
            tenant.enter(Access.READ);
            return forms.list(new PageRequest(query.getPage(), query.getPageSize()), filter.get()).items().stream();
        }, query -> {
            tenant.enter(Access.READ);
            return (int) forms.list(new PageRequest(0, 1), filter.get()).total();
        });
        year.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        set.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        state.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        missing.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(TenantRoutes.pageOf(tenant.code(),
                "reports/" + click.getItem().dataSetCode() + "/" + click.getItem().period()))));
        FlexLayout filters = new FlexLayout(search, year, set, state, missing);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        filters.setWidthFull();
        filters.setFlexGrow(1, search);
        add(filters, grid, new ReportLinks(tenant));
        setSizeFull();
    }

    private Grid<UnitReports.Row> grid() {
        Grid<UnitReports.Row> grid = new Grid<>();
        grid.addColumn(UnitReports.Row::dataSetName).setHeader(getTranslation("indicators.data-set")).setFlexGrow(1);
        grid.addColumn(UnitReports.Row::period).setHeader(getTranslation("indicators.period")).setAutoWidth(true);
        grid.addColumn(row -> VietnamCalendar.DAY.format(row.dueDate())).setHeader(getTranslation("indicators.due-date"))
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(row -> {
            FlexLayout badges = new FlexLayout(States.badge(row.state()));
            if (row.late()) {
                badges.add(States.late());
            }
            badges.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
            return badges;
        })).setHeader(getTranslation("indicators.state")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    @FunctionalInterface
    private interface FilterSource extends java.io.Serializable {
        UnitReports.Filter get();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicators.reports.title") + " · Sohoa";
    }
}
