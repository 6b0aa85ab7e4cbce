package vn.sohoa.ui.indicators;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.sohoa.platform.indicators.domain.ValueRules;
import vn.sohoa.platform.problem.Failures;
import vn.sohoa.platform.problem.Problem;
import vn.sohoa.platform.problem.ProblemType;

/**
 * What a form shows when the service refuses a save or a submission: each refusal naming an indicator under
 * that indicator, and a form that someone else changed meanwhile as a plain statement with a button that loads
 * their version. Any other problem goes on to the session's error handler, which shows it as a notification.
 */
final class FormRefusals {

    private FormRefusals() {
    }

    /**
     * The result of {@code action}, or empty when it was refused in a way the form shows itself; {@code announce}
     * also pops up how many indicators to correct (a save the person asked for, not one made as they type).
     */
    static <T> Optional<T> caught(ReportFormView view, List<ValueInput> inputs, Div conflict, boolean announce,
                                  SerializableSupplier<T> action) {
        inputs.forEach(ValueInput::clearError);
        try {
            return Optional.of(action.get());
        } catch (RuntimeException thrown) {
            Problem problem = Failures.problemOf(thrown).orElseThrow(() -> thrown);
            if (problem.type().equals(ProblemType.STALE_VERSION.uri())) {
                conflict.removeAll();
                Button reload = new Button(view.getTranslation("indicators.form.reload"), click -> view.reload());
                reload.setId("report-reload");
                conflict.add(new Paragraph(view.getTranslation("indicators.form.conflict")), reload);
                conflict.getStyle().set("padding", "var(--lumo-space-s)")
                        .set("background", "var(--lumo-error-color-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
                conflict.setVisible(true);
                return Optional.empty();
            }
            Map<String, ValueInput> byField = inputs.stream()
                    .collect(Collectors.toMap(input -> ValueRules.field(input.indicatorCode()), Function.identity()));
            List<Problem.FieldError> named = problem.errors() == null ? List.of()
                    : problem.errors().stream().filter(error -> byField.containsKey(error.field())).toList();
            if (named.isEmpty()) {
                throw thrown;
            }
            named.forEach(error -> byField.get(error.field()).showError(error.message()));
            if (!announce) {
                return Optional.empty();
            }
            Notification.show(view.getTranslation("indicators.form.refused", named.size()), 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return Optional.empty();
        }
    }
}
