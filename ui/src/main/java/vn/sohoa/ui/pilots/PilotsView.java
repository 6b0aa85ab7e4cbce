package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.List;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.pilots.domain.Pilot;
import vn.sohoa.platform.pilots.domain.PilotAccess;
import vn.sohoa.platform.pilots.domain.PilotField;
import vn.sohoa.platform.pilots.domain.PilotStatus;
import vn.sohoa.platform.pilots.service.PilotFilter;
import vn.sohoa.platform.pilots.service.PilotService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/** The pilot models of the route's tenant, filtered by status and field and searched by name; a row opens one. */
@Route(value = TenantRoutes.TENANT + "pilots", layout = MainLayout.class)
@Menu(title = "pilots.title", icon = "vaadin:lightbulb", order = 0.8)
public class PilotsView extends TenantPage implements HasDynamicTitle {

    private final PilotService pilots;

    @Inject
    public PilotsView(TenantRoutes routes, PilotService pilots) {
        super(routes);
        this.pilots = pilots;
    }

    @Override
    protected void show(RoutedTenant tenant) {
        tenant.enter(PilotAccess.READ);
        add(new H2(getTranslation("pilots.title") + " · " + tenant.tenant().name()));
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("pilots.search"));
        search.setAriaLabel(getTranslation("pilots.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        Select<PilotStatus> status = choice("pilots.status", List.of(PilotStatus.values()), "pilots.status.");
        Select<PilotField> field = choice("pilots.field", List.of(PilotField.values()), "pilots.field.");
        PilotGrid grid = new PilotGrid();
        // Every fetch is an HTTP request of its own, so each one enters the tenant before reading.
        PageSource source = request -> {
            tenant.enter(PilotAccess.READ);
            return pilots.list(request, new PilotFilter(status.getValue(), field.getValue(), search.getValue()));
        };
        grid.setItems(query -> source.page(new PageRequest(query.getPage(), query.getPageSize())).items().stream(),
                query -> (int) source.page(new PageRequest(0, 1)).total());
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        field.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                TenantRoutes.pageOf(tenant.code(), "pilots/" + click.getItem().id()))));
        FlexLayout filters = new FlexLayout(search, status, field);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        filters.setWidthFull();
        filters.setFlexGrow(1, search);
        add(links(tenant), filters, grid);
        setSizeFull();
    }

    /** A new pilot for the unit's administrators, the inbox for those who govern below, the templates for all. */
    private FlexLayout links(RoutedTenant tenant) {
        FlexLayout links = new FlexLayout();
        links.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        links.getStyle().set("gap", "var(--lumo-space-s)");
        if (tenant.allows(PilotAccess.MANAGE)) {
            Button create = link(tenant, "pilots.new", VaadinIcon.PLUS, "pilots/new", "pilots-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            links.add(create);
        }
        if (tenant.allows(Access.INSPECT)) {
            links.add(link(tenant, "pilots.inbox.title", VaadinIcon.INBOX, "pilots/inbox", "pilots-inbox-link"));
        }
        links.add(link(tenant, "pilots.templates.title", VaadinIcon.FILE_TREE, "pilot-templates", "pilot-templates-link"));
        return links;
    }

    private Button link(RoutedTenant tenant, String textKey, VaadinIcon icon, String page, String id) {
        Button button = new Button(getTranslation(textKey), icon.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(TenantRoutes.pageOf(tenant.code(), page))));
        button.setId(id);
        return button;
    }

    private <E extends Enum<E>> Select<E> choice(String labelKey, List<E> values, String valueKeyPrefix) {
        Select<E> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("pilots.all"));
        select.setItemLabelGenerator(value -> value == null ? getTranslation("pilots.all")
                : getTranslation(valueKeyPrefix + value.name()));
        return select;
    }

    @FunctionalInterface
    private interface PageSource extends java.io.Serializable {
        Page<Pilot> page(PageRequest request);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pilots.title") + " · Sohoa";
    }
}
