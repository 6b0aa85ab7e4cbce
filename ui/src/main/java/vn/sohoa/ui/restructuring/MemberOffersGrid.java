package vn.sohoa.ui.restructuring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import vn.sohoa.admin.restructuring.service.MemberOffer;
import vn.sohoa.admin.restructuring.service.MemberOffers;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.ui.members.MemberAdmission;
import vn.sohoa.ui.tenancy.RoutedTenant;

/**
 * The people of the tenants merged into this one who hold no role here yet. Each is added with one
 * click, with the role they held before; nobody is added without that click. While the tenant takes no
 * changes (suspended), its administrators still see the list, without the buttons.
 */
@Dependent
class MemberOffersGrid extends Grid<MemberOffer> {

    private final MemberOffers offers;
    private final MemberAdmission admission;
    private RoutedTenant current;

    @Inject
    MemberOffersGrid(MemberOffers offers, MemberAdmission admission) {
        this.offers = offers;
        this.admission = admission;
        setSelectionMode(SelectionMode.NONE);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("offers.empty"));
    }

    /** Shows the offers to this tenant, with buttons for its administrators; replaces what was shown before. */
    MemberOffersGrid show(RoutedTenant tenant) {
        current = tenant;
        removeAllColumns();
        addColumn(MemberOffer::username).setHeader(getTranslation("member.username")).setAutoWidth(true);
        addColumn(MemberOffer::fromTenantCode).setHeader(getTranslation("offers.from")).setAutoWidth(true);
        if (current.administered()) {
            addComponentColumn(this::addButton).setAutoWidth(true);
        } else {
            addColumn(offer -> getTranslation("role." + offer.role())).setHeader(getTranslation("member.role"))
                    .setAutoWidth(true);
        }
        load();
        return this;
    }

    private Button addButton(MemberOffer offer) {
        Role role = Role.valueOf(offer.role());
        Button add = new Button(getTranslation("offers.add", getTranslation("role." + role)), VaadinIcon.PLUS.create(),
                click -> {
                    admission.admit(current, offer.username(), role);
                    Notification.show(getTranslation("members.added", offer.username()))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    load();
                });
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return add;
    }

    /** Reads the offers again, for instance after one was taken up. */
    private void load() {
        String code = current.enter(Access.INSPECT).code();
        setItems(offers.forSuccessor(code));
    }
}
