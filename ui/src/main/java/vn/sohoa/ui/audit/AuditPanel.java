package vn.sohoa.ui.audit;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import vn.sohoa.platform.audit.domain.AuditAction;
import vn.sohoa.platform.audit.domain.AuditEntry;
import vn.sohoa.platform.audit.service.AuditCsv;
import vn.sohoa.platform.audit.service.AuditFilter;
import vn.sohoa.platform.audit.service.AuditService;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.ui.form.DatePickers;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantDownload;

/**
 * The audit trail of a tenant, newest first, with a date range and an action to filter by, and
 * a link that downloads exactly the entries the filters show.
 */
@Dependent
public class AuditPanel extends VerticalLayout {

    private final DatePicker from = DatePickers.day(null);
    private final DatePicker to = DatePickers.day(null);
    private final Select<AuditAction> action = new Select<>();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Anchor download = new Anchor();
    private final AuditService audit;
    private RoutedTenant current;

    @Inject
    AuditPanel(AuditService audit) {
        this.audit = audit;
        setPadding(false);
        setSizeFull();
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.action.any"));
        action.setItemLabelGenerator(value -> value == null ? getTranslation("audit.action.any")
                : getTranslation("audit.action." + value));
        download.setText(getTranslation("audit.download"));
        download.getElement().setAttribute("download", true);
        download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        download.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.SMALL);

        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addColumn(entry -> VietnamCalendar.DAY_TIME_SECONDS.format(entry.occurredAt()))
                .setHeader(getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actorUsername).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("audit.action." + entry.action())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::entityType).setHeader(getTranslation("audit.entity-type")).setAutoWidth(true);
        grid.addColumn(AuditEntry::entityKey).setHeader(getTranslation("audit.entity-key")).setAutoWidth(true);
        grid.addColumn(AuditEntry::changes).setHeader(getTranslation("audit.changes")).setWidth("24rem");
        grid.setItems(query -> {
            current.enter(Access.INSPECT);
            return audit.list(filter(), new PageRequest(query.getPage(), query.getPageSize())).items().stream();
        }, query -> {
            current.enter(Access.INSPECT);
            return (int) audit.list(filter(), new PageRequest(0, 1)).total();
        });
        from.addValueChangeListener(change -> {
            to.setMin(change.getValue());
            refilter();
        });
        to.addValueChangeListener(change -> refilter());
        action.addValueChangeListener(change -> refilter());

        FlexLayout filters = new FlexLayout(from, to, action, download);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassNames(LumoUtility.Gap.MEDIUM);
        add(filters, grid);
    }

    /** Shows the trail of this tenant, from its newest entry and without filters. */
    public AuditPanel show(RoutedTenant tenant) {
        current = tenant;
        from.clear();
        to.clear();
        action.clear();
        refilter();
        return this;
    }

    /** The filters as they are now; "to" includes its whole day, as in the API. */
    private AuditFilter filter() {
        LocalDate until = to.getValue() == null ? null : to.getValue().plusDays(1);
        return new AuditFilter(from.getValue() == null ? null : VietnamCalendar.startOf(from.getValue()),
                until == null ? null : VietnamCalendar.startOf(until), null, null, action.getValue());
    }

    private void refilter() {
        grid.getDataProvider().refreshAll();
        download.setHref(download(filter()));
    }

    /** The entries passing {@code filter} as CSV, the same file as the API's export. */
    private TenantDownload download(AuditFilter filter) {
        return new TenantDownload(current, Access.INSPECT, code -> "audit-" + code + ".csv",
                "text/csv; charset=UTF-8", stream -> {
                    try (AuditCsv csv = new AuditCsv(stream)) {
                        audit.export(filter, csv::write);
                    }
                });
    }
}
