package vn.sohoa.ui.indicators;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import vn.sohoa.platform.indicators.domain.EnteredValue;
import vn.sohoa.platform.indicators.domain.IndicatorKind;
import vn.sohoa.platform.indicators.service.Report;

/**
 * The input of one indicator of a form: a number, a percentage as numerator over denominator, or yes/no. An
 * automatic value comes filled in and marked; changing it asks for the reason, which the service requires and
 * the audit trail keeps. A refusal of the server that names the indicator is shown under it.
 */
class ValueInput extends Div {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The pause in typing after which a figure goes to the server and the form saves itself. */
    private static final int PAUSE_MS = 1500;

    private final Report.Entry entry;
    private final TextField value = new TextField();
    private final TextField numerator = new TextField();
    private final TextField denominator = new TextField();
    private final RadioButtonGroup<Boolean> yes = new RadioButtonGroup<>();
    private final TextField reason = new TextField();
    private final Span percent = new Span();
    private final Span error = new Span();

    ValueInput(Report.Entry entry, boolean editable) {
        this.entry = entry;
        String id = "value-" + entry.indicatorCode();
        setId(id);
        setWidthFull();
        getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        Span title = new Span(entry.indicatorCode() + " · " + entry.name() + (entry.required() ? " *" : ""));
        title.getStyle().set("font-weight", "600").set("display", "block");
        add(title);
        if (entry.automatic()) {
            Span mark = new Span(getTranslation("indicators.form.automatic"));
            mark.setId(id + "-automatic");
            mark.getElement().getThemeList().add("badge contrast");
            add(mark);
        }
        add(switch (entry.kind()) {
            case NUMBER -> number(id);
            case PERCENT -> percentage(id);
            case YES_NO -> yesNo(id);
        });
        reason.setId(id + "-reason");
        reason.setLabel(getTranslation("indicators.form.override-reason"));
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setValueChangeMode(ValueChangeMode.LAZY);
        reason.setValueChangeTimeout(PAUSE_MS);
        reason.setValue(entry.overrideReason() == null ? "" : entry.overrideReason());
        reason.setVisible(entry.overrideReason() != null);
        error.setId(id + "-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(reason, error);
        List.<HasValue<?, ?>>of(value, numerator, denominator, yes, reason).forEach(field -> field.setReadOnly(!editable));
        if (editable && entry.automatic()) {
            List.<HasValue<?, ?>>of(value, numerator, denominator, yes).forEach(field ->
                    field.addValueChangeListener(change -> reason.setVisible(change.isFromClient() || reason.isVisible())));
        }
    }

    private FlexLayout number(String id) {
        field(value, id + "-value", getTranslation("indicators.form.value", entry.unit()));
        value.setValue(Figures.editable(entry.value()));
        return new FlexLayout(value);
    }

    private FlexLayout percentage(String id) {
        field(numerator, id + "-numerator", getTranslation("indicators.form.numerator"));
        field(denominator, id + "-denominator", getTranslation("indicators.form.denominator"));
        numerator.setValue(Figures.editable(entry.numerator()));
        denominator.setValue(Figures.editable(entry.denominator()));
        numerator.addValueChangeListener(change -> showPercent());
        denominator.addValueChangeListener(change -> showPercent());
        percent.setId(id + "-percent");
        showPercent();
        FlexLayout row = new FlexLayout(numerator, new Span("/"), denominator, percent);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexLayout.Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        return row;
    }

    private FlexLayout yesNo(String id) {
        yes.setId(id + "-yes");
        yes.setItems(Boolean.TRUE, Boolean.FALSE);
        yes.setItemLabelGenerator(answer -> getTranslation(answer ? "indicators.form.yes" : "indicators.form.no"));
        yes.setValue(entry.yes());
        return new FlexLayout(yes);
    }

    private static void field(TextField field, String id, String label) {
        field.setId(id);
        field.setLabel(label);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(PAUSE_MS);
        field.getElement().setAttribute("inputmode", "decimal");
        field.setWidth("9rem");
    }

    private void showPercent() {
        try {
            Optional<BigDecimal> top = Figures.parse(numerator.getValue());
            Optional<BigDecimal> bottom = Figures.parse(denominator.getValue());
            percent.setText(top.isPresent() && bottom.isPresent() && bottom.get().signum() > 0
                    ? "= " + Figures.format(top.get().multiply(HUNDRED).divide(bottom.get(), 2, RoundingMode.HALF_UP)) + " %"
                    : "");
        } catch (NumberFormatException notYet) {
            percent.setText("");
        }
    }

    /**
     * Whether {@code value}, as {@link #entered()} read it, is this automatic value as the form showed it, with no
     * reason typed: the person replaced nothing, so a save leaves it out and Sohoa computes it afresh (the records
     * logged since the page opened count).
     */
    boolean untouchedAutomatic(EnteredValue value) {
        return entry.automatic() && value.overrideReason() == null && value.sameFigure(new EnteredValue(
                entry.indicatorCode(), entry.value(), entry.numerator(), entry.denominator(), entry.yes(), null));
    }

    /** The value as entered; empty, with the field marked, when a figure cannot be read. */
    Optional<EnteredValue> entered() {
        clearError();
        try {
            String why = reason.isVisible() && !reason.getValue().isBlank() ? reason.getValue().strip() : null;
            return Optional.of(switch (entry.kind()) {
                case NUMBER -> new EnteredValue(entry.indicatorCode(), read(value), null, null, null, why);
                case PERCENT -> new EnteredValue(entry.indicatorCode(), null, read(numerator), read(denominator), null, why);
                case YES_NO -> new EnteredValue(entry.indicatorCode(), null, null, null, yes.getValue(), why);
            });
        } catch (NumberFormatException notANumber) {
            showError(getTranslation("indicators.form.not-a-number"));
            return Optional.empty();
        }
    }

    private static BigDecimal read(TextField field) {
        try {
            return Figures.parse(field.getValue()).orElse(null);
        } catch (NumberFormatException notANumber) {
            field.setInvalid(true);
            throw notANumber;
        }
    }

    /** Runs {@code edited} after each change the person makes (a pause in typing, a choice), not the form's own. */
    void onEdited(Runnable edited) {
        List.<HasValue<?, ?>>of(value, numerator, denominator, yes, reason).forEach(field ->
                field.addValueChangeListener(change -> {
                    if (change.isFromClient()) {
                        edited.run();
                    }
                }));
    }

    /** Whether an automatic value was replaced and its reason is still empty, which the service would refuse. */
    boolean awaitsReason() {
        return reason.isVisible() && reason.getValue().isBlank();
    }

    /** Whether a percentage has only one of its two figures so far, which the person is still typing. */
    boolean halfTyped() {
        return entry.kind() == IndicatorKind.PERCENT && numerator.isEmpty() != denominator.isEmpty();
    }

    String indicatorCode() {
        return entry.indicatorCode();
    }

    /** Shows a refusal naming this indicator under it; a refused automatic value also shows the reason field. */
    void showError(String message) {
        error.setText(message);
        boolean aboutReason = message.contains("overrideReason");
        reason.setVisible(reason.isVisible() || aboutReason);
        reason.setInvalid(aboutReason);
        List.of(value, numerator, denominator).forEach(field -> field.setInvalid(!aboutReason && !field.isEmpty()));
        yes.setInvalid(entry.kind() == IndicatorKind.YES_NO);
    }

    void clearError() {
        error.setText("");
        List.of(value, numerator, denominator, reason).forEach(field -> field.setInvalid(false));
        yes.setInvalid(false);
    }
}
