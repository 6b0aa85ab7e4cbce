package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import vn.sohoa.platform.pilots.domain.PilotDesign;
import vn.sohoa.platform.pilots.domain.PilotField;
import vn.sohoa.platform.pilots.domain.PilotPlan;
import vn.sohoa.platform.pilots.domain.Reporting;
import vn.sohoa.platform.pilots.service.PilotRequest;
import vn.sohoa.platform.units.domain.Unit;
import vn.sohoa.ui.form.DatePickers;
import vn.sohoa.ui.form.RequestRules;

/**
 * What a unit plans for a pilot: name, field, objectives, dates, budget in VND, the hamlets where it runs, the
 * partner enterprises (one a line), the person responsible and how often it reports. Its fields take their
 * limits from {@link PilotRequest} and check values with its constraints.
 */
class PlanForm extends VerticalLayout {

    private final RequestRules rules = new RequestRules(PilotRequest.class);
    private final TextField name = FormParts.text(this, "pilots.name", rules, "name");
    private final Select<PilotField> field = FormParts.choice(this, "pilots.field", List.of(PilotField.values()),
            "pilots.field.");
    private final TextArea objectives = new TextArea(getTranslation("pilots.objectives"));
    private final DatePicker start = DatePickers.day(getTranslation("pilots.start"));
    private final DatePicker end = DatePickers.day(getTranslation("pilots.end"));
    private final BigDecimalField budget = new BigDecimalField(getTranslation("pilots.budget"));
    private final MultiSelectComboBox<Unit> subUnits = new MultiSelectComboBox<>(getTranslation("pilots.sub-units"));
    private final TextArea partners = new TextArea(getTranslation("pilots.partners"));
    private final TextField responsible = FormParts.text(this, "pilots.responsible", rules, "responsible");
    private final Select<Reporting> reporting = FormParts.choice(this, "pilots.reporting", List.of(Reporting.values()),
            "pilots.reporting.");
    private final List<Unit> units;

    PlanForm(List<Unit> units) {
        this.units = units;
        setPadding(false);
        name.setId("plan-name");
        name.setRequired(true);
        field.setId("plan-field");
        objectives.setMaxLength(rules.maxLength("objectives"));
        objectives.setId("plan-objectives");
        start.setId("plan-start");
        start.setRequired(true);
        end.setId("plan-end");
        end.setRequired(true);
        budget.setId("plan-budget");
        budget.setHelperText(getTranslation("pilots.budget.help"));
        subUnits.setItems(units);
        subUnits.setItemLabelGenerator(Unit::name);
        subUnits.setId("plan-sub-units");
        partners.setHelperText(getTranslation("pilots.partners.help"));
        partners.setId("plan-partners");
        responsible.setId("plan-responsible");
        reporting.setValue(Reporting.MONTHLY);
        add(FormParts.column(name, field, objectives, start, end, budget, subUnits, partners, responsible, reporting));
    }

    /** Fills the form from a template's name and field, for a pilot started from it. */
    void startFrom(String templateName, PilotField templateField) {
        name.setValue(templateName);
        field.setValue(templateField);
    }

    /** Fills the form from a pilot's plan, for editing it. */
    void show(PilotPlan plan) {
        name.setValue(plan.name());
        field.setValue(plan.field());
        objectives.setValue(plan.objectives() == null ? "" : plan.objectives());
        start.setValue(plan.startDate());
        end.setValue(plan.endDate());
        budget.setValue(plan.budgetVnd() == null ? null : BigDecimal.valueOf(plan.budgetVnd()));
        subUnits.setValue(new LinkedHashSet<>(units.stream().filter(unit -> plan.subUnits().contains(unit.code()))
                .toList()));
        partners.setValue(String.join("\n", plan.partners()));
        responsible.setValue(plan.responsible() == null ? "" : plan.responsible());
        reporting.setValue(plan.reporting());
    }

    /** The request the form and {@code design} make, or empty after marking the fields at fault. */
    Optional<PilotRequest> entered(String templateCode, PilotDesign design, Long version) {
        List<String> partnerLines = Arrays.stream(partners.getValue().split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        BigDecimal amount = budget.getValue();
        boolean wholeBudget = amount == null || amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 0;
        budget.setInvalid(!wholeBudget);
        boolean valid = FormParts.check(name, rules, "name", name.getValue().strip())
                & FormParts.check(field, rules, "field", field.getValue())
                & FormParts.check(objectives, rules, "objectives", objectives.getValue())
                & FormParts.check(start, rules, "startDate", start.getValue())
                & FormParts.check(end, rules, "endDate", end.getValue())
                & FormParts.check(partners, rules, "partners", partnerLines)
                & FormParts.check(responsible, rules, "responsible", responsible.getValue().strip());
        if (valid && end.getValue().isBefore(start.getValue())) {
            end.setErrorMessage(getTranslation("pilots.end.before-start"));
            end.setInvalid(true);
            valid = false;
        }
        if (!valid || !wholeBudget) {
            return Optional.empty();
        }
        return Optional.of(new PilotRequest(name.getValue().strip(), field.getValue(),
                FormParts.strip(objectives.getValue()), start.getValue(), end.getValue(),
                amount == null ? null : amount.longValueExact(),
                subUnits.getSelectedItems().stream().map(Unit::code).toList(), partnerLines,
                FormParts.strip(responsible.getValue()), reporting.getValue(), templateCode, design.kpis(),
                design.criteria(), design.bands(), version));
    }
}
