package vn.sohoa.ui.members;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import vn.sohoa.admin.members.service.Invitation;
import vn.sohoa.admin.members.service.MembershipService;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Membership;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.ui.form.FormDialog;
import vn.sohoa.ui.tenancy.RoutedTenant;

/**
 * The members of a tenant; its administrators add them (or invite people without an account),
 * change their roles and remove them, removing after a confirmation.
 */
@Dependent
public class MembersPanel extends VerticalLayout {

    private final MembershipService memberships;
    private final MemberAdmission admission;
    private RoutedTenant tenant;
    private Grid<Membership> grid;

    @Inject
    MembersPanel(MembershipService memberships, MemberAdmission admission) {
        this.memberships = memberships;
        this.admission = admission;
        setPadding(false);
        setSizeFull();
    }

    /** Shows the members of this tenant, with the controls its administrators have; replaces what was shown. */
    public MembersPanel show(RoutedTenant shown) {
        tenant = shown;
        removeAll();
        grid = new Grid<>();
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addColumn(Membership::username).setHeader(getTranslation("member.username")).setAutoWidth(true);
        boolean administered = tenant.administered();
        if (administered) {
            grid.addComponentColumn(this::roleSelect).setHeader(getTranslation("member.role")).setAutoWidth(true);
        } else {
            grid.addColumn(member -> getTranslation("role." + member.role())).setHeader(getTranslation("member.role"))
                    .setAutoWidth(true);
        }
        grid.setItems(query -> {
            tenant.enter(Access.READ);
            return memberships.list(new PageRequest(query.getPage(), query.getPageSize())).items().stream();
        }, query -> {
            tenant.enter(Access.READ);
            return (int) memberships.list(new PageRequest(0, 1)).total();
        });
        if (administered) {
            grid.addComponentColumn(this::removeButton).setFlexGrow(0).setAutoWidth(true);
            Button invite = new Button(getTranslation("invite.action"), VaadinIcon.ENVELOPE.create(),
                    click -> invitationDialog().open());
            add(new MemberForm((username, role) -> {
                admission.admit(tenant, username, role);
                changed("members.added", username);
            }), invite);
        }
        add(grid);
        return this;
    }

    /** The member's role, changed as soon as another is picked; the last administrator is kept by the service. */
    private Select<Role> roleSelect(Membership member) {
        Select<Role> role = new Select<>();
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation("role." + value));
        role.setValue(member.role());
        role.setAriaLabel(getTranslation("members.role-of", member.username()));
        role.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                try {
                    tenant.enter(Access.ADMINISTER);
                    memberships.changeRole(member.username(), change.getValue(), tenant.governed());
                    changed("members.role-changed", member.username());
                } catch (RuntimeException refused) {
                    role.setValue(change.getOldValue());
                    throw refused;
                }
            }
        });
        return role;
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
            memberships.remove(username, tenant.governed());
            changed("members.removed", username);
        });
        confirm.open();
    }

    /** Invites a person new to Sohoa; their temporary password is shown once. */
    private FormDialog<InvitationFields> invitationDialog() {
        InvitationForm form = new InvitationForm();
        return new FormDialog<>(getTranslation("invite.title"), form, form::fields, fields -> {
            Invitation invitation = fields.invitation();
            String password = admission.invite(tenant, invitation, fields.role());
            changed("members.added", invitation.username());
            new TemporaryPasswordDialog(invitation.username(), password).open();
        });
    }

    private void changed(String messageKey, String username) {
        grid.getDataProvider().refreshAll();
        Notification.show(getTranslation(messageKey, username)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
