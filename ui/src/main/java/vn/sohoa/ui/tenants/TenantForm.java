package vn.sohoa.ui.tenants;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.RegexpValidator;
import java.util.Optional;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.validation.Code;

/**
 * A tenant's code, name and kind with the rules of the tenants API ({@code TenantRequest},
 * {@code TenantChangeRequest}), which the UI bypasses by calling the services.
 */
class TenantForm extends FormLayout {

    private static final int MAX_NAME = 200;

    private final TextField code = new TextField(getTranslation("tenant.code"));
    private final Binder<TenantFields> binder = new Binder<>(TenantFields.class);

    TenantForm() {
        String required = getTranslation("form.required");
        code.setMaxLength(32);
        binder.forField(code).asRequired(required)
                .withValidator(new RegexpValidator(getTranslation("form.code.invalid"), Code.PATTERN)).bind("code");
        TextField name = new TextField(getTranslation("tenant.name"));
        binder.forField(name).asRequired(required).withConverter(String::strip, value -> value)
                .withValidator(value -> !value.isEmpty(), required)
                .withValidator(value -> value.length() <= MAX_NAME, getTranslation("form.name.too-long", MAX_NAME))
                .bind("name");
        Select<TenantKind> kind = new Select<>();
        kind.setLabel(getTranslation("tenant.kind"));
        kind.setItems(TenantKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("tenant.kind." + value));
        binder.forField(kind).asRequired(required).bind("kind");
        add(code, kind, name);
        setColspan(name, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
    }

    /** Shows the fields; a tenant's code never changes once it exists, so it is read-only then. */
    void show(TenantFields fields) {
        binder.readRecord(fields);
        code.setReadOnly(!fields.code().isEmpty());
    }

    /** The fields as entered, or empty (with the fields marked) when something is not valid. */
    Optional<TenantFields> fields() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }
}
