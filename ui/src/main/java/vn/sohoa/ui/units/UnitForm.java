package vn.sohoa.ui.units;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Optional;
import vn.sohoa.platform.units.api.UnitRequest;
import vn.sohoa.platform.units.domain.UnitType;
import vn.sohoa.platform.units.service.UnitDraft;
import vn.sohoa.ui.form.CodeAndName;
import vn.sohoa.ui.form.RequestRules;

/**
 * The fields of a sub-unit, checked by the constraints of the units API's {@link UnitRequest}. The UI
 * calls the service directly, past the API's Bean Validation, so the rules must hold here as well.
 */
class UnitForm extends FormLayout {

    static final UnitDraft BLANK = new UnitDraft("", "", null, null, null);

    private final Binder<UnitDraft> binder = new Binder<>(UnitDraft.class);
    private final RequestRules rules = new RequestRules(UnitRequest.class);
    private final TextField code = CodeAndName.code(binder, rules, getTranslation("unit.code"));

    UnitForm() {
        TextField name = CodeAndName.name(binder, rules, getTranslation("unit.name"));
        Select<UnitType> type = new Select<>();
        type.setLabel(getTranslation("unit.type"));
        type.setItems(UnitType.values());
        type.setItemLabelGenerator(value -> getTranslation("unit.type." + value));
        binder.forField(type).asRequired(getTranslation("form.required")).bind("type");
        add(code, type, name, count("households"), count("population"));
        setColspan(name, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
    }

    /** Shows a draft; the code of an existing sub-unit never changes, so it is read-only then. */
    void show(UnitDraft draft) {
        binder.readRecord(draft);
        code.setReadOnly(!draft.code().isEmpty());
    }

    /** The draft as entered, or empty (with the fields marked) when something is not valid. */
    Optional<UnitDraft> draft() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    /** An optional, non-negative whole number with the API's upper limit. */
    private IntegerField count(String property) {
        IntegerField field = new IntegerField(getTranslation("unit." + property));
        int max = rules.max(property);
        field.setMin(0);
        field.setMax(max);
        binder.forField(field).withValidator(rules.check(property, getTranslation("form.number.range", max)))
                .bind(property);
        return field;
    }
}
