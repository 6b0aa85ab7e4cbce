package vn.sohoa.ui.members;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Optional;
import vn.sohoa.admin.members.api.MemberRequest;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.ui.form.RequestRules;

/**
 * A person new to Sohoa: username, full name, email and the role they get, checked by the constraints of
 * the members API's {@link MemberRequest}, which the UI bypasses by calling the services.
 */
class InvitationForm extends FormLayout {

    private final Binder<InvitationFields> binder = new Binder<>(InvitationFields.class);

    InvitationForm() {
        RequestRules rules = new RequestRules(MemberRequest.class);
        TextField username = new TextField(getTranslation("member.username"));
        binder.forField(username).asRequired(getTranslation("form.required"))
                .withValidator(rules.check("username", getTranslation("invite.username.invalid")))
                .bind("username");
        TextField fullName = new TextField(getTranslation("invite.full-name"));
        binder.forField(fullName).asRequired(getTranslation("form.required"))
                .withValidator(rules.check("fullName", getTranslation("invite.full-name.too-long")))
                .bind("fullName");
        // A plain text field: an EmailField's own check would mark the field without saying why.
        TextField email = new TextField(getTranslation("invite.email"));
        binder.forField(email).asRequired(getTranslation("form.required"))
                .withValidator(rules.check("email", getTranslation("invite.email.invalid")))
                .bind("email");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("member.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation("role." + value));
        binder.forField(role).asRequired(getTranslation("form.required")).bind("role");
        binder.readRecord(new InvitationFields("", "", "", Role.TEAM_MEMBER));
        add(fullName, username, email, role);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
    }

    /** The fields as entered, or empty (with the fields marked) when something is not valid. */
    Optional<InvitationFields> fields() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }
}
