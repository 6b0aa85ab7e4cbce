package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.pilots.service.AwaitingDecision;
import vn.sohoa.platform.pilots.service.PilotInboxService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The governing level's inbox: the pilots of the tenants below the route's tenant that wait for its decision,
 * proposals to approve or return and reviews to evaluate, the oldest proposal first. A row opens the pilot in its own
 * tenant, where the decision is taken.
 */
@Route(value = TenantRoutes.TENANT + "pilots/inbox", layout = MainLayout.class)
public class InboxView extends TenantPage implements HasDynamicTitle {

    private final PilotInboxService inbox;

    @Inject
    public InboxView(TenantRoutes routes, PilotInboxService inbox) {
        super(routes);
        this.inbox = inbox;
    }

    @Override
    protected void show(RoutedTenant tenant) {
        tenant.enter(Access.INSPECT);
        add(new H2(getTranslation("pilots.inbox.title") + " · " + tenant.tenant().name()),
                new Paragraph(getTranslation("pilots.inbox.help")));
        Grid<AwaitingDecision> grid = new Grid<>();
        grid.setId("pilots-inbox");
        grid.addColumn(TwoLines.<AwaitingDecision>of(AwaitingDecision::name, item -> item.tenantName() + " · "
                        + getTranslation("pilots.field." + item.field().name())
                        + (item.selfAssessed() ? " · " + getTranslation("pilots.inbox.self-assessed") : "")))
                .setHeader(getTranslation("pilots.name")).setFlexGrow(1);
        grid.addColumn(TwoLines.<AwaitingDecision>of(item -> getTranslation("pilots.inbox.waiting." + item.status().name()),
                        item -> getTranslation("pilots.inbox.proposed-on", VietnamCalendar.DAY.format(item.proposedOn()))))
                .setHeader(getTranslation("pilots.status")).setWidth("8rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Every fetch is a request of its own: it enters the tenant again.
        grid.setItems(query -> {
            tenant.enter(Access.INSPECT);
            return inbox.inbox(new PageRequest(query.getPage(), query.getPageSize())).items().stream();
        }, query -> {
            tenant.enter(Access.INSPECT);
            return (int) inbox.inbox(new PageRequest(0, 1)).total();
        });
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(TenantRoutes.pageOf(
                click.getItem().tenantCode(), "pilots/" + click.getItem().pilotId()))));
        add(grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pilots.inbox.title") + " · Sohoa";
    }
}
