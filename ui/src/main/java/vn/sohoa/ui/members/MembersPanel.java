package vn.sohoa.ui.members;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import vn.sohoa.admin.members.service.MembershipService;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Membership;
import vn.sohoa.ui.tenancy.CurrentTenant;

/** The members of the chosen tenant; its administrators add and remove them, removing after a confirmation. */
@Dependent
public class MembersPanel extends VerticalLayout {

    private final CurrentTenant tenant;
    private final MembershipService memberships;
    private final Grid<Membership> grid = new Grid<>();

    @Inject
    MembersPanel(CurrentTenant tenant, MembershipService memberships, MemberAdmission admission) {
        this.tenant = tenant;
        this.memberships = memberships;
        setPadding(false);
        setSizeFull();
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addColumn(Membership::username).setHeader(getTranslation("member.username")).setAutoWidth(true);
        grid.addColumn(member -> getTranslation("role." + member.role())).setHeader(getTranslation("member.role"))
                .setAutoWidth(true);
        grid.setItems(query -> {
            tenant.enter(Access.READ);
            return memberships.list(new PageRequest(query.getPage(), query.getPageSize())).items().stream();
        }, query -> {
            tenant.enter(Access.READ);
            return (int) memberships.list(new PageRequest(0, 1)).total();
        });
        if (tenant.administered()) {
            grid.addComponentColumn(this::removeButton).setFlexGrow(0).setAutoWidth(true);
            add(new MemberForm((username, role) -> {
                admission.admit(username, role);
                changed("members.added", username);
            }));
        }
        add(grid);
    }

    private Button removeButton(Membership member) {
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> confirmRemoval(member.username()));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("members.remove", member.username()));
        return remove;
    }

    private void confirmRemoval(String username) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("members.remove", username));
        confirm.setText(getTranslation("members.remove.text", username));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.setConfirmText(getTranslation("members.remove.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> {
            tenant.enter(Access.ADMINISTER);
            memberships.remove(username);
            changed("members.removed", username);
        });
        confirm.open();
    }

    private void changed(String messageKey, String username) {
        grid.getDataProvider().refreshAll();
        Notification.show(getTranslation(messageKey, username)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
