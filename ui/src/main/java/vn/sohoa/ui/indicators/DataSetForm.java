package vn.sohoa.ui.indicators;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.sohoa.platform.indicators.api.DataSetRequest;
import vn.sohoa.platform.indicators.domain.DataSet;
import vn.sohoa.platform.indicators.domain.DataSetDraft;
import vn.sohoa.platform.indicators.domain.Indicator;
import vn.sohoa.platform.indicators.domain.PeriodType;
import vn.sohoa.platform.indicators.domain.PeriodWindow;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.ui.form.RequestRules;

/**
 * A data set's definition: its indicators (of those the tenant uses) and which of them are required, its
 * period type and window, the kinds of unit below that report it, its due days and whether it is open data;
 * checked by the constraints of the API's {@link DataSetRequest}.
 */
class DataSetForm extends FormLayout {

    private final RequestRules rules = new RequestRules(DataSetRequest.class);
    private final TextField code = new TextField(getTranslation("indicators.indicator.code"));
    private final TextField name = new TextField(getTranslation("indicators.indicator.name"));
    private final Select<PeriodType> periodType = new Select<>();
    private final Select<PeriodWindow> window = new Select<>();
    private final MultiSelectComboBox<String> indicatorCodes = new MultiSelectComboBox<>(getTranslation("indicators.data-set.indicators"));
    private final MultiSelectComboBox<String> required = new MultiSelectComboBox<>(getTranslation("indicators.data-set.required"));
    private final MultiSelectComboBox<TenantKind> kinds = new MultiSelectComboBox<>(getTranslation("indicators.data-set.kinds"));
    private final IntegerField dueDays = new IntegerField(getTranslation("indicators.data-set.due-days"));
    private final Checkbox open = new Checkbox(getTranslation("indicators.data-set.public"));

    DataSetForm(DataSet existing, List<Indicator> usable) {
        code.setId("data-set-code");
        name.setId("data-set-name");
        name.setMaxLength(rules.maxLength("name"));
        periodType.setLabel(getTranslation("indicators.data-set.period-type"));
        periodType.setItems(PeriodType.values());
        periodType.setItemLabelGenerator(value -> getTranslation("indicators.enum." + value.name()));
        window.setLabel(getTranslation("indicators.data-set.window"));
        window.setItems(PeriodWindow.values());
        window.setItemLabelGenerator(value -> getTranslation("indicators.enum." + value.name()));
        List<String> codes = usable.stream().map(Indicator::code).toList();
        indicatorCodes.setItems(codes);
        indicatorCodes.setItemLabelGenerator(value -> usable.stream().filter(i -> i.code().equals(value)).findFirst()
                .map(i -> i.code() + " · " + i.name()).orElse(value));
        required.setItems(codes);
        kinds.setItems(TenantKind.values());
        kinds.setItemLabelGenerator(kind -> getTranslation("tenant.kind." + kind.name()));
        dueDays.setMin(rules.min("dueDays"));
        dueDays.setMax(rules.max("dueDays"));
        add(code, name, periodType, window, indicatorCodes, required, kinds, dueDays, open);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));
        if (existing == null) {
            periodType.setValue(PeriodType.MONTH);
            window.setValue(PeriodWindow.DECREE_09);
            kinds.setValue(EnumSet.of(TenantKind.COMMUNE));
            dueDays.setValue(5);
            return;
        }
        code.setValue(existing.code());
        code.setReadOnly(true);
        name.setValue(existing.name());
        periodType.setValue(existing.periodType());
        window.setValue(existing.window());
        indicatorCodes.setValue(Set.copyOf(existing.indicatorCodes()));
        required.setValue(Set.copyOf(existing.required()));
        kinds.setValue(existing.assignedKinds());
        dueDays.setValue(existing.dueDays());
        open.setValue(existing.openData());
    }

    /** The definition entered; empty, with the wrong fields marked, while a field breaks the request's rules. */
    Optional<DataSetDraft> draft() {
        boolean valid = mark(code, rules.accepts("code", code.getValue()), "form.code.invalid")
                & mark(name, !name.getValue().isBlank() && rules.accepts("name", name.getValue()), "form.required");
        indicatorCodes.setInvalid(indicatorCodes.getValue().isEmpty());
        kinds.setInvalid(kinds.getValue().isEmpty());
        dueDays.setInvalid(!rules.accepts("dueDays", dueDays.getValue()));
        valid &= !indicatorCodes.isInvalid() && !kinds.isInvalid() && !dueDays.isInvalid()
                && periodType.getValue() != null && window.getValue() != null;
        if (!valid) {
            return Optional.empty();
        }
        // Keep the indicators in the catalogue's order, which the form shows them in.
        List<String> chosen = indicatorCodes.getListDataView().getItems().filter(indicatorCodes.getValue()::contains).toList();
        List<String> must = chosen.stream().filter(required.getValue()::contains).toList();
        return Optional.of(new DataSetDraft(code.getValue(), name.getValue().strip(), periodType.getValue(),
                window.getValue(), chosen, must, kinds.getValue(), dueDays.getValue(), open.getValue()));
    }

    private boolean mark(TextField field, boolean valid, String message) {
        field.setInvalid(!valid);
        field.setErrorMessage(valid ? null : getTranslation(message));
        return valid;
    }
}
