package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sohoa.platform.pilots.domain.Criterion;
import vn.sohoa.platform.pilots.domain.Kpi;
import vn.sohoa.platform.pilots.domain.ScoringMethod;
import vn.sohoa.platform.pilots.domain.Step;
import vn.sohoa.ui.form.FormDialog;
import vn.sohoa.ui.form.RequestRules;

/**
 * One rubric criterion: code, name, maximum points, the scoring method with the KPI it reads and, for STEPS,
 * its thresholds (≥ 90 → 20 points), the evidence required and the verifying unit. Whether the steps stay
 * within the maximum and the KPI fits the method is the design's own check, which names the field.
 */
class CriterionDialog extends FormDialog<Criterion> {

    CriterionDialog(Criterion existing, List<Kpi> kpis, SerializableConsumer<Criterion> save) {
        this(new Form(existing, kpis), save);
    }

    private CriterionDialog(Form form, SerializableConsumer<Criterion> save) {
        super(form.getTranslation("pilots.design.criterion"), form, form::entered, save);
    }

    private static final class Form extends VerticalLayout {

        private final RequestRules rules = new RequestRules(Criterion.class);
        private final TextField code = new TextField(getTranslation("pilots.design.code"));
        private final TextField name = FormParts.text(this, "pilots.design.criterion", rules, "name");
        private final BigDecimalField maxPoints = new BigDecimalField(getTranslation("pilots.design.max-points"));
        private final Select<ScoringMethod> method = FormParts.choice(this, "pilots.design.method",
                List.of(ScoringMethod.values()), "pilots.design.method.");
        private final Select<String> kpi = new Select<>();
        private final VerticalLayout steps = new VerticalLayout();
        private final List<StepRow> stepRows = new ArrayList<>();
        private final Button addStep = new Button(getTranslation("pilots.design.add-step"), VaadinIcon.PLUS.create());
        private final TextField evidence = FormParts.text(this, "pilots.design.evidence", rules, "evidenceRequired");
        private final TextField verifier = FormParts.text(this, "pilots.design.verifier", rules, "verifyingUnit");

        Form(Criterion existing, List<Kpi> kpis) {
            setPadding(false);
            code.setMaxLength(32);
            code.setId("criterion-code");
            name.setId("criterion-name");
            maxPoints.setId("criterion-max-points");
            method.setId("criterion-method");
            kpi.setId("criterion-kpi");
            addStep.setId("criterion-add-step");
            evidence.setId("criterion-evidence");
            verifier.setId("criterion-verifier");
            kpi.setLabel(getTranslation("pilots.kpi"));
            kpi.setItems(kpis.stream().map(Kpi::code).toList());
            kpi.setItemLabelGenerator(code -> kpis.stream().filter(k -> k.code().equals(code)).findFirst()
                    .map(Kpi::name).orElse(code));
            steps.setPadding(false);
            steps.setSpacing(false);
            addStep.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            addStep.addClickListener(click -> addStep(null));
            method.setValue(ScoringMethod.MANUAL);
            if (existing != null) {
                code.setValue(existing.code());
                code.setReadOnly(true);
                name.setValue(existing.name());
                maxPoints.setValue(existing.maxPoints());
                method.setValue(existing.method());
                kpi.setValue(existing.kpiCode());
                existing.steps().forEach(this::addStep);
                evidence.setValue(existing.evidenceRequired() == null ? "" : existing.evidenceRequired());
                verifier.setValue(existing.verifyingUnit() == null ? "" : existing.verifyingUnit());
            }
            method.addValueChangeListener(change -> methodChosen());
            methodChosen();
            add(FormParts.column(code, name, maxPoints, method, kpi, steps, addStep, evidence, verifier));
        }

        private void methodChosen() {
            kpi.setVisible(method.getValue().automatic());
            boolean stepped = method.getValue() == ScoringMethod.STEPS;
            steps.setVisible(stepped);
            addStep.setVisible(stepped);
            if (stepped && stepRows.isEmpty()) {
                addStep(null);
            }
        }

        private void addStep(Step step) {
            StepRow row = new StepRow(step);
            row.remove.addClickListener(click -> {
                stepRows.remove(row);
                steps.remove(row);
            });
            stepRows.add(row);
            steps.add(row);
        }

        Optional<Criterion> entered() {
            boolean automatic = method.getValue().automatic();
            boolean stepped = method.getValue() == ScoringMethod.STEPS;
            boolean valid = FormParts.check(code, rules, "code", code.getValue().strip())
                    & FormParts.check(name, rules, "name", name.getValue().strip())
                    & FormParts.check(maxPoints, rules, "maxPoints", maxPoints.getValue())
                    & FormParts.check(evidence, rules, "evidenceRequired", evidence.getValue())
                    & FormParts.check(verifier, rules, "verifyingUnit", verifier.getValue());
            kpi.setInvalid(automatic && kpi.getValue() == null);
            for (StepRow row : stepRows) {
                valid &= row.valid();
            }
            if (!valid || kpi.isInvalid()) {
                return Optional.empty();
            }
            return Optional.of(new Criterion(code.getValue().strip(), name.getValue().strip(), maxPoints.getValue(),
                    method.getValue(), automatic ? kpi.getValue() : null,
                    stepped ? stepRows.stream().map(StepRow::step).toList() : List.of(),
                    FormParts.strip(evidence.getValue()), FormParts.strip(verifier.getValue())));
        }
    }

    /** A threshold of a STEPS criterion: reaching it on the KPI gives its points. */
    private static final class StepRow extends HorizontalLayout {

        private final BigDecimalField threshold = new BigDecimalField();
        private final BigDecimalField points = new BigDecimalField();
        private final Button remove = new Button(VaadinIcon.TRASH.create());

        StepRow(Step step) {
            setAlignItems(Alignment.BASELINE);
            // Narrow spacing and fields, so that a step fits a phone's dialog.
            setSpacing(false);
            getThemeList().add("spacing-xs");
            threshold.setPrefixComponent(new Span("≥"));
            threshold.setAriaLabel(getTranslation("pilots.design.threshold"));
            threshold.setPlaceholder(getTranslation("pilots.design.threshold"));
            points.setAriaLabel(getTranslation("pilots.design.points"));
            points.setPlaceholder(getTranslation("pilots.design.points"));
            points.setSuffixComponent(new Span(getTranslation("pilots.design.points")));
            threshold.addClassName("step-threshold");
            points.addClassName("step-points");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("pilots.design.remove"));
            threshold.setWidth("6rem");
            points.setWidth("6.5rem");
            if (step != null) {
                threshold.setValue(step.threshold());
                points.setValue(step.points());
            }
            add(threshold, new Span("→"), points, remove);
        }

        boolean valid() {
            threshold.setInvalid(threshold.getValue() == null);
            points.setInvalid(points.getValue() == null || points.getValue().signum() < 0);
            return !threshold.isInvalid() && !points.isInvalid();
        }

        Step step() {
            return new Step(threshold.getValue(), points.getValue());
        }
    }
}
