package vn.sohoa.ui.indicators;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.inject.Inject;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.indicators.service.ReportInbox;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The approver's inbox: the forms any unit below has submitted (its children and, for a province, the communes
 * under its districts too) that wait for this tenant's administrators, the earliest due first; each unit is
 * shown with its parent. A row opens the form in the unit's own pages, read-only, with the
 * decisions.
 */
@Route(value = TenantRoutes.TENANT + "reports/inbox", layout = MainLayout.class)
@Menu(title = "indicators.inbox.title", icon = "vaadin:inbox", order = 0.91)
public class InboxView extends TenantPage implements HasDynamicTitle {

    private final ReportInbox inbox;

    @Inject
    public InboxView(TenantRoutes routes, ReportInbox inbox) {
        super(routes);
        this.inbox = inbox;
    }

    @Override
    protected void show(RoutedTenant tenant) {
        if (!tenant.administered()) {
            throw new NotFoundException();
        }
        tenant.enter(Access.ADMINISTER);
        add(new H2(getTranslation("indicators.inbox.title") + " · " + tenant.tenant().name()),
                new Paragraph(getTranslation("indicators.inbox.hint")));
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("indicators.inbox.search"));
        search.setAriaLabel(getTranslation("indicators.inbox.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.setMaxWidth("28rem");
        Grid<ReportInbox.Waiting> grid = grid();
        grid.setItems(query -> {
            tenant.enter(Access.ADMINISTER);
            return inbox.waiting(new PageRequest(query.getPage(), query.getPageSize()), search.getValue()).items().stream();
        }, query -> {
            tenant.enter(Access.ADMINISTER);
            return (int) inbox.waiting(new PageRequest(0, 1), search.getValue()).total();
        });
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(TenantRoutes.pageOf(
                click.getItem().tenantCode(), "reports/" + click.getItem().dataSetCode() + "/" + click.getItem().period()))));
        add(search, grid, new ReportLinks(tenant));
        setSizeFull();
    }

    private Grid<ReportInbox.Waiting> grid() {
        Grid<ReportInbox.Waiting> grid = new Grid<>();
        grid.setId("inbox-grid");
        grid.addColumn(new ComponentRenderer<>(row -> {
            Span parent = new Span(row.parentName());
            parent.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            return new Div(new Div(row.tenantName()), parent);
        })).setHeader(getTranslation("indicators.unit")).setFlexGrow(1);
        grid.addColumn(ReportInbox.Waiting::dataSetName).setHeader(getTranslation("indicators.data-set")).setFlexGrow(1);
        grid.addColumn(ReportInbox.Waiting::period).setHeader(getTranslation("indicators.period")).setAutoWidth(true);
        grid.addColumn(row -> VietnamCalendar.DAY.format(row.dueDate())).setHeader(getTranslation("indicators.due-date"))
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(row -> {
            Span submitted = new Span(VietnamCalendar.DAY_TIME.format(row.submittedAt()) + " ");
            if (row.late()) {
                submitted.add(States.late());
            }
            return submitted;
        }))
                .setHeader(getTranslation("indicators.inbox.submitted")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicators.inbox.title") + " · Sohoa";
    }
}
