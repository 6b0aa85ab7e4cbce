package vn.sohoa.ui.tenants;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Optional;
import vn.sohoa.admin.tenants.api.TenantRequest;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.ui.form.CodeAndName;
import vn.sohoa.ui.form.FormDialog;
import vn.sohoa.ui.form.RequestRules;

/**
 * A tenant's code, name and kind with the rules of the tenants API ({@code TenantRequest},
 * {@code TenantChangeRequest}), which the UI bypasses by calling the services.
 */
class TenantForm extends FormLayout {

    private final Binder<TenantFields> binder = new Binder<>(TenantFields.class);
    private final RequestRules rules = new RequestRules(TenantRequest.class);
    private final TextField code = CodeAndName.code(binder, rules, getTranslation("tenant.code"));

    TenantForm() {
        TextField name = CodeAndName.name(binder, rules, getTranslation("tenant.name"));
        Select<TenantKind> kind = new Select<>();
        kind.setLabel(getTranslation("tenant.kind"));
        kind.setItems(TenantKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("tenant.kind." + value));
        binder.forField(kind).asRequired(getTranslation("form.required")).bind("kind");
        add(code, kind, name);
        setColspan(name, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
    }

    /** The form in a dialog showing {@code fields}, which hands what was entered to {@code save}. */
    static FormDialog<TenantFields> dialog(String title, TenantFields fields, SerializableConsumer<TenantFields> save) {
        TenantForm form = new TenantForm();
        form.show(fields);
        return new FormDialog<>(title, form, form::fields, save);
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
