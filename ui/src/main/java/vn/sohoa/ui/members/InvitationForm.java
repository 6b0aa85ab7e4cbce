package vn.sohoa.ui.members;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.Optional;
import vn.sohoa.platform.tenancy.domain.Role;

/**
 * A person new to Sohoa: username, full name, email and the role they get, with the rules of the members
 * API ({@code MemberRequest}), which the UI bypasses by calling the services.
 */
class InvitationForm extends FormLayout {

    private final Binder<InvitationFields> binder = new Binder<>(InvitationFields.class);

    InvitationForm() {
        TextField username = new TextField(getTranslation("member.username"));
        binder.forField(username).asRequired(getTranslation("form.required"))
                .withValidator(new RegexpValidator(getTranslation("invite.username.invalid"), "[A-Za-z0-9._@-]{1,255}"))
                .bind("username");
        TextField fullName = new TextField(getTranslation("invite.full-name"));
        binder.forField(fullName).asRequired(getTranslation("form.required"))
                .withValidator(new StringLengthValidator(getTranslation("invite.full-name.too-long"), 1, 200))
                .bind("fullName");
        // A plain text field: an EmailField's own check would mark the field without saying why.
        TextField email = new TextField(getTranslation("invite.email"));
        binder.forField(email).asRequired(getTranslation("form.required"))
                .withValidator(new EmailValidator(getTranslation("invite.email.invalid")))
                .withValidator(new StringLengthValidator(getTranslation("invite.email.invalid"), 3, 254))
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
