package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import java.util.Optional;
import vn.sohoa.platform.pilots.domain.Kpi;
import vn.sohoa.platform.pilots.domain.KpiKind;
import vn.sohoa.platform.pilots.domain.Period;
import vn.sohoa.platform.pilots.service.MeasurementRequest;
import vn.sohoa.ui.form.FormDialog;

/**
 * The actual of one KPI for one period: a value for a number or yes/no KPI, numerator and denominator for a
 * percentage, and a note. The service checks the rest (the KPI's kind, the range) and its refusal names the field.
 */
class MeasurementDialog extends FormDialog<MeasurementRequest> {

    MeasurementDialog(List<Kpi> kpis, SerializableConsumer<MeasurementRequest> save) {
        this(kpis, new Fields(kpis), save);
    }

    private MeasurementDialog(List<Kpi> kpis, Fields fields, SerializableConsumer<MeasurementRequest> save) {
        super(fields.getTranslation("pilots.measurement.record"), fields, fields::entered, save);
    }

    private static final class Fields extends VerticalLayout {

        private final Select<Kpi> kpi = new Select<>();
        private final TextField period = new TextField();
        private final BigDecimalField value = new BigDecimalField();
        private final BigDecimalField numerator = new BigDecimalField();
        private final BigDecimalField denominator = new BigDecimalField();
        private final TextArea note = new TextArea();

        Fields(List<Kpi> kpis) {
            setPadding(false);
            kpi.setLabel(getTranslation("pilots.kpi"));
            kpi.setItems(kpis);
            kpi.setItemLabelGenerator(Kpi::name);
            kpi.setId("measurement-kpi");
            period.setLabel(getTranslation("pilots.measurement.period"));
            period.setPattern(Period.PATTERN);
            period.setId("measurement-period");
            value.setLabel(getTranslation("pilots.measurement.value"));
            value.setId("measurement-value");
            numerator.setLabel(getTranslation("pilots.measurement.numerator"));
            denominator.setLabel(getTranslation("pilots.measurement.denominator"));
            note.setLabel(getTranslation("pilots.comment"));
            note.setMaxLength(1000);
            kpi.addValueChangeListener(change -> kindChosen(change.getValue()));
            kindChosen(null);
            add(kpi, period, value, numerator, denominator, note);
            getChildren().forEach(field -> field.getElement().getStyle().set("width", "100%"));
        }

        private void kindChosen(Kpi chosen) {
            boolean percent = chosen != null && chosen.kind() == KpiKind.PERCENT;
            value.setVisible(!percent);
            numerator.setVisible(percent);
            denominator.setVisible(percent);
        }

        Optional<MeasurementRequest> entered() {
            kpi.setInvalid(kpi.getValue() == null);
            period.setInvalid(!period.getValue().strip().matches(Period.PATTERN));
            if (kpi.isInvalid() || period.isInvalid()) {
                return Optional.empty();
            }
            boolean percent = kpi.getValue().kind() == KpiKind.PERCENT;
            return Optional.of(new MeasurementRequest(kpi.getValue().code(), period.getValue().strip(),
                    percent ? null : value.getValue(), percent ? numerator.getValue() : null,
                    percent ? denominator.getValue() : null, note.getValue()));
        }
    }
}
