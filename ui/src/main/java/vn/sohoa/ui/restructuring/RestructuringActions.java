package vn.sohoa.ui.restructuring;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import vn.sohoa.admin.restructuring.service.MergeService;
import vn.sohoa.admin.restructuring.service.MoveService;
import vn.sohoa.admin.restructuring.service.SplitService;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.domain.TenantStatus;
import vn.sohoa.platform.units.domain.Unit;
import vn.sohoa.platform.units.service.UnitService;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The buttons that restructure a tenant. A tenant that has ended (merged, archived) cannot be
 * restructured again, so it shows none. After a merge the page follows the tenant into its successor.
 */
@Dependent
public class RestructuringActions extends HorizontalLayout {

    /** Sub-units a split can hand out; the service copies them all, this only fills the pickers. */
    private static final int MAX_UNITS = 500;

    private final TenantService tenants;
    private final UnitService units;
    private final MoveService moves;
    private final MergeService merges;
    private final SplitService splits;
    private final Clock clock;

    @Inject
    RestructuringActions(TenantService tenants, UnitService units, MoveService moves, MergeService merges,
                         SplitService splits, Clock clock) {
        this.tenants = tenants;
        this.units = units;
        this.moves = moves;
        this.merges = merges;
        this.splits = splits;
        this.clock = clock;
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    /** Shows the buttons for this tenant, replacing those shown before. */
    public RestructuringActions show(RoutedTenant current) {
        removeAll();
        TenantSnapshot tenant = current.tenant();
        setVisible(tenant.status() != TenantStatus.MERGED && tenant.status() != TenantStatus.ARCHIVED);
        if (!isVisible()) {
            return this;
        }
        LocalDate today = VietnamCalendar.today(clock);
        add(new Button(getTranslation("move.action"), VaadinIcon.ARROWS.create(),
                click -> new MoveDialog(tenant, current, tenants, moves).startingOn(today).onDone(() -> done("move.done")).open()));
        add(new Button(getTranslation("merge.action"), VaadinIcon.COMPRESS.create(), click -> {
            MergeDialog dialog = new MergeDialog(tenant, current, tenants, merges);
            dialog.startingOn(today).onDone(() -> {
                notify("merge.done");
                UI.getCurrent().navigate(TenantRoutes.pageOf(dialog.successorCode(), "tenant"));
            }).open();
        }));
        add(new Button(getTranslation("split.action"), VaadinIcon.SPLIT.create(), click -> {
            current.enter(Access.READ);
            var codes = units.list(new PageRequest(0, MAX_UNITS), null).items().stream().map(Unit::code).toList();
            new SplitDialog(tenant, current, splits, codes).startingOn(today).onDone(() -> done("split.done")).open();
        }));
        return this;
    }

    private void done(String messageKey) {
        notify(messageKey);
        UI.getCurrent().refreshCurrentRoute(false);
    }

    private void notify(String messageKey) {
        Notification.show(getTranslation(messageKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
