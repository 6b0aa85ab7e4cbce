package vn.sohoa.ui.indicators;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.sohoa.platform.indicators.api.IndicatorRequest;
import vn.sohoa.platform.indicators.domain.Direction;
import vn.sohoa.platform.indicators.domain.DtiPillar;
import vn.sohoa.platform.indicators.domain.Indicator;
import vn.sohoa.platform.indicators.domain.IndicatorDraft;
import vn.sohoa.platform.indicators.domain.IndicatorKind;
import vn.sohoa.platform.indicators.domain.IndicatorSource;
import vn.sohoa.platform.indicators.domain.PeriodAggregation;
import vn.sohoa.platform.indicators.domain.TenantAggregation;
import vn.sohoa.ui.form.RequestRules;

/**
 * An indicator's definition, checked by the constraints of the API's {@link IndicatorRequest}; a support source
 * may count one support category, chosen by its label. Whether its
 * parts fit together (a percentage rolls up as a ratio, a source fills its own kind) the service decides, and
 * its refusal leaves the dialog open.
 */
class IndicatorForm extends FormLayout {

    private final RequestRules rules = new RequestRules(IndicatorRequest.class);
    private final TextField code = text("code", "indicator-code");
    private final TextField name = text("name", "indicator-name");
    private final TextField unit = text("unit", "indicator-unit");
    private final Select<IndicatorKind> kind = choice("kind", IndicatorKind.values(), false);
    private final Select<TenantAggregation> acrossTenants = choice("across-tenants", TenantAggregation.values(), false);
    private final Select<PeriodAggregation> acrossPeriods = choice("across-periods", PeriodAggregation.values(), false);
    private final Select<Direction> direction = choice("direction", Direction.values(), false);
    private final Select<DtiPillar> pillar = choice("pillar", DtiPillar.values(), true);
    private final TextField subIndicator = text("sub-indicator", "indicator-sub-indicator");
    private final BigDecimalField points = new BigDecimalField(getTranslation("indicators.indicator.points"));
    private final Select<IndicatorSource> source = choice("source", IndicatorSource.values(), true);
    /** The support category a support source counts, or all of them; shown only for such a source. */
    private final Select<String> category = new Select<>();

    /**
     * @param categoryLabels the support categories the tenant sees, their labels by code, for a support source
     */
    IndicatorForm(Indicator existing, Map<String, String> categoryLabels) {
        pillar.setItemLabelGenerator(value -> value == null ? "–" : value.nameVi());
        points.setId("indicator-points");
        source.setId("indicator-source");
        category.setId("indicator-category");
        category.setLabel(getTranslation("indicators.indicator.category"));
        Set<String> codes = new LinkedHashSet<>(categoryLabels.keySet());
        if (existing != null && existing.sourceCategory() != null) {
            codes.add(existing.sourceCategory());
        }
        category.setItems(codes);
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("indicators.indicator.category.all"));
        category.setItemLabelGenerator(value -> value == null ? getTranslation("indicators.indicator.category.all")
                : categoryLabels.getOrDefault(value, value));
        category.setVisible(false);
        source.addValueChangeListener(change -> category.setVisible(countsSupport()));
        add(code, name, unit, kind, acrossTenants, acrossPeriods, direction, pillar, subIndicator, points, source, category);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));
        if (existing == null) {
            kind.setValue(IndicatorKind.NUMBER);
            acrossTenants.setValue(TenantAggregation.SUM);
            acrossPeriods.setValue(PeriodAggregation.SUM);
            direction.setValue(Direction.UP);
            return;
        }
        code.setValue(existing.code());
        code.setReadOnly(true);
        name.setValue(existing.name());
        unit.setValue(existing.unit());
        kind.setValue(existing.kind());
        acrossTenants.setValue(existing.acrossTenants());
        acrossPeriods.setValue(existing.acrossPeriods());
        direction.setValue(existing.direction());
        pillar.setValue(existing.dtiPillar());
        subIndicator.setValue(existing.dtiSubIndicator() == null ? "" : existing.dtiSubIndicator());
        points.setValue(existing.dtiPoints());
        source.setValue(existing.source());
        category.setValue(existing.sourceCategory());
    }

    private boolean countsSupport() {
        return source.getValue() != null && source.getValue().byCategory();
    }

    /** The definition entered; empty, with the wrong fields marked, while a field breaks the request's rules. */
    Optional<IndicatorDraft> draft() {
        boolean valid = check(code, rules.accepts("code", code.getValue()), "form.code.invalid")
                & check(name, !name.getValue().isBlank() && rules.accepts("name", name.getValue()), "form.required")
                & check(unit, !unit.getValue().isBlank() && rules.accepts("unit", unit.getValue()), "form.required");
        for (Select<?> required : List.of(kind, acrossTenants, acrossPeriods, direction)) {
            required.setInvalid(required.getValue() == null);
            valid &= required.getValue() != null;
        }
        if (!valid) {
            return Optional.empty();
        }
        String sub = subIndicator.getValue().isBlank() ? null : subIndicator.getValue().strip();
        return Optional.of(new IndicatorDraft(code.getValue(), name.getValue().strip(), unit.getValue().strip(),
                kind.getValue(), acrossTenants.getValue(), acrossPeriods.getValue(), direction.getValue(),
                pillar.getValue(), sub, points.getValue(), source.getValue(), countsSupport() ? category.getValue() : null));
    }

    private boolean check(TextField field, boolean valid, String message) {
        field.setInvalid(!valid);
        field.setErrorMessage(valid ? null : getTranslation(message));
        return valid;
    }

    private TextField text(String key, String id) {
        TextField field = new TextField(getTranslation("indicators.indicator." + key));
        field.setId(id);
        return field;
    }

    private <E extends Enum<E>> Select<E> choice(String key, E[] values, boolean optional) {
        Select<E> select = new Select<>();
        select.setLabel(getTranslation("indicators.indicator." + key));
        select.setItems(values);
        select.setEmptySelectionAllowed(optional);
        select.setItemLabelGenerator(value -> value == null ? "–" : getTranslation("indicators.enum." + value.name()));
        return select;
    }
}
