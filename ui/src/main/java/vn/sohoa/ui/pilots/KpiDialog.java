package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import java.util.Optional;
import vn.sohoa.platform.pilots.domain.Direction;
import vn.sohoa.platform.pilots.domain.Kpi;
import vn.sohoa.platform.pilots.domain.KpiKind;
import vn.sohoa.ui.form.FormDialog;
import vn.sohoa.ui.form.RequestRules;

/** One KPI definition: code, name, kind, direction, unit, baseline (a pilot's), target and the key flag. */
class KpiDialog extends FormDialog<Kpi> {

    KpiDialog(Kpi existing, boolean withBaseline, SerializableConsumer<Kpi> save) {
        this(new Form(existing, withBaseline), save);
    }

    private KpiDialog(Form form, SerializableConsumer<Kpi> save) {
        super(form.getTranslation("pilots.design.kpi"), form, form::entered, save);
    }

    private static final class Form extends VerticalLayout {

        private final RequestRules rules = new RequestRules(Kpi.class);
        private final TextField code = new TextField(getTranslation("pilots.design.code"));
        private final TextField name = FormParts.text(this, "pilots.kpi", rules, "name");
        private final Select<KpiKind> kind = FormParts.choice(this, "pilots.design.kind", List.of(KpiKind.values()),
                "pilots.design.kind.");
        private final Select<Direction> direction = FormParts.choice(this, "pilots.design.direction",
                List.of(Direction.values()), "pilots.design.direction.");
        private final TextField unit = FormParts.text(this, "pilots.design.unit", rules, "unit");
        private final BigDecimalField baseline = new BigDecimalField(getTranslation("pilots.kpi.baseline"));
        private final BigDecimalField target = new BigDecimalField(getTranslation("pilots.kpi.target"));
        private final Checkbox key = new Checkbox(getTranslation("pilots.design.key"));

        Form(Kpi existing, boolean withBaseline) {
            setPadding(false);
            code.setMaxLength(32);
            code.setId("kpi-code");
            name.setId("kpi-name");
            kind.setId("kpi-kind");
            direction.setId("kpi-direction");
            unit.setId("kpi-unit");
            baseline.setId("kpi-baseline");
            target.setId("kpi-target");
            key.setId("kpi-key");
            kind.setValue(KpiKind.NUMBER);
            direction.setValue(Direction.UP);
            baseline.setVisible(withBaseline);
            if (existing != null) {
                code.setValue(existing.code());
                code.setReadOnly(true);
                name.setValue(existing.name());
                kind.setValue(existing.kind());
                direction.setValue(existing.direction());
                unit.setValue(existing.unit() == null ? "" : existing.unit());
                baseline.setValue(existing.baseline());
                target.setValue(existing.target());
                key.setValue(existing.key());
            }
            add(FormParts.column(code, name, kind, direction, unit, baseline, target, key));
        }

        Optional<Kpi> entered() {
            boolean valid = FormParts.check(code, rules, "code", code.getValue().strip())
                    & FormParts.check(name, rules, "name", name.getValue().strip())
                    & FormParts.check(unit, rules, "unit", unit.getValue().strip());
            if (!valid) {
                return Optional.empty();
            }
            return Optional.of(new Kpi(code.getValue().strip(), name.getValue().strip(), kind.getValue(),
                    direction.getValue(), FormParts.strip(unit.getValue()), baseline.getValue(), target.getValue(),
                    key.getValue()));
        }
    }
}
