package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import vn.sohoa.platform.pilots.domain.PilotDesign;
import vn.sohoa.platform.pilots.domain.PilotField;
import vn.sohoa.platform.pilots.domain.PilotTemplate;
import vn.sohoa.platform.pilots.service.PilotTemplateRequest;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.ui.form.FormDialog;
import vn.sohoa.ui.form.RequestRules;

/**
 * A template of the tenant: code (fixed once created), name, field, the tenant kinds it suits, a description,
 * and its design. Saving a changed template never changes the pilots started from it: they keep their copy.
 */
class TemplateDialog extends FormDialog<PilotTemplateRequest> {

    TemplateDialog(PilotTemplate existing, SerializableConsumer<PilotTemplateRequest> save) {
        this(new Form(existing), existing, save);
    }

    private TemplateDialog(Form form, PilotTemplate existing, SerializableConsumer<PilotTemplateRequest> save) {
        super(form.getTranslation(existing == null ? "pilots.templates.new" : "pilots.templates.edit"), form,
                form::entered, save);
        setWidth("56rem");
    }

    private static final class Form extends VerticalLayout {

        private final RequestRules rules = new RequestRules(PilotTemplateRequest.class);
        private final TextField code = new TextField(getTranslation("pilots.design.code"));
        private final TextField name = FormParts.text(this, "pilots.templates.name", rules, "name");
        private final Select<PilotField> field = FormParts.choice(this, "pilots.field", List.of(PilotField.values()),
                "pilots.field.");
        private final CheckboxGroup<TenantKind> kinds = new CheckboxGroup<>(getTranslation("pilots.templates.kinds"));
        private final TextArea description = new TextArea(getTranslation("pilots.templates.description"));
        private final DesignEditor design;
        private final Long version;

        Form(PilotTemplate existing) {
            setPadding(false);
            code.setId("template-code");
            code.setMaxLength(32);
            name.setId("template-name");
            field.setId("template-field");
            kinds.setItems(TenantKind.values());
            kinds.setItemLabelGenerator(kind -> getTranslation("pilots.templates.kind." + kind.name()));
            description.setMaxLength(rules.maxLength("description"));
            version = existing == null ? null : existing.version();
            if (existing != null) {
                code.setValue(existing.code());
                code.setReadOnly(true);
                name.setValue(existing.name());
                field.setValue(existing.field());
                kinds.setValue(new LinkedHashSet<>(existing.suitedKinds()));
                description.setValue(existing.description() == null ? "" : existing.description());
            }
            design = new DesignEditor(existing == null ? PilotDesign.empty() : existing.design(), false);
            add(FormParts.column(code, name, field, kinds, description), design);
        }

        Optional<PilotTemplateRequest> entered() {
            boolean valid = FormParts.check(code, rules, "code", code.getValue().strip())
                    & FormParts.check(name, rules, "name", name.getValue().strip())
                    & FormParts.check(field, rules, "field", field.getValue())
                    & FormParts.check(description, rules, "description", description.getValue());
            if (!valid) {
                return Optional.empty();
            }
            return Optional.of(new PilotTemplateRequest(code.getValue().strip(), name.getValue().strip(),
                    field.getValue(), List.copyOf(kinds.getSelectedItems()), FormParts.strip(description.getValue()),
                    design.design(), version));
        }
    }
}
