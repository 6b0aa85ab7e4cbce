package vn.sohoa.ui.training.editor;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Optional;
import vn.sohoa.platform.training.domain.CourseContent;
import vn.sohoa.ui.form.RequestRules;

/**
 * A quiz lesson's rules as the backend keeps them: how many questions it draws at random (from the whole bank or
 * those of one tag), the pass mark in %, the attempts allowed and an optional time limit, each within the limits
 * of the course document.
 */
class QuizFields extends FormLayout {

    private final Binder<QuizFields> binder = new Binder<>();
    private Integer passPercent;
    private Integer attempts;
    private Integer timeLimit;
    private Integer draw;
    private String tag;

    QuizFields(CourseContent.QuizSettings settings, List<String> tags) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("400px", 2));
        passPercent = settings == null ? 80 : settings.passPercent();
        attempts = settings == null ? 3 : settings.attempts();
        timeLimit = settings == null ? null : settings.timeLimitMinutes();
        draw = settings == null ? null : settings.draw();
        tag = settings == null ? null : settings.tag();
        RequestRules rules = new RequestRules(CourseContent.QuizSettings.class);
        add(number("passPercent", "quiz-pass", rules, true, d -> d.passPercent, (d, value) -> d.passPercent = value),
                number("draw", "quiz-draw", rules, true, d -> d.draw, (d, value) -> d.draw = value),
                number("attempts", "quiz-attempts", rules, true, d -> d.attempts, (d, value) -> d.attempts = value),
                number("timeLimitMinutes", "quiz-time-limit", rules, false, d -> d.timeLimit,
                        (d, value) -> d.timeLimit = value));
        ComboBox<String> tagField = new ComboBox<>(getTranslation("training.editor.quiz.tag"));
        tagField.setItems(tags);
        tagField.setClearButtonVisible(true);
        tagField.setPlaceholder(getTranslation("training.editor.quiz.whole-bank"));
        binder.forField(tagField).bind(d -> d.tag, (d, value) -> d.tag = value);
        add(tagField);
        binder.setBean(this);
    }

    private IntegerField number(String property, String id, RequestRules rules, boolean required,
                                com.vaadin.flow.function.ValueProvider<QuizFields, Integer> getter,
                                com.vaadin.flow.data.binder.Setter<QuizFields, Integer> setter) {
        IntegerField field = new IntegerField(getTranslation("training.editor.quiz." + property));
        field.setId(id);
        field.setMin(rules.min(property));
        field.setMax(rules.max(property));
        field.setStepButtonsVisible(true);
        String range = getTranslation("form.number.between", rules.min(property), rules.max(property));
        Binder.BindingBuilder<QuizFields, Integer> binding = binder.forField(field);
        if (required) {
            binding = binding.asRequired(getTranslation("form.required"));
        }
        binding.withValidator(rules.check(property, range)).bind(getter, setter);
        return field;
    }

    /** The rules entered; empty (fields marked) while they are not valid. */
    Optional<CourseContent.QuizSettings> entered() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        return Optional.of(new CourseContent.QuizSettings(passPercent, attempts, timeLimit, draw, tag));
    }
}
