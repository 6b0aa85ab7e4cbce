package vn.sohoa.ui.training.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import vn.sohoa.platform.training.domain.CourseContent;
import vn.sohoa.ui.form.RequestRules;

/** One option of a question: its text, whether it is correct, and a button to remove it. */
class OptionRow extends HorizontalLayout {

    private final Long id;
    private final TextField text = new TextField();
    private final Checkbox correct = new Checkbox();
    private final Button remove = new Button(VaadinIcon.TRASH.create());
    private final RequestRules rules = new RequestRules(CourseContent.Option.class);

    OptionRow(Long id, String optionText, boolean isCorrect) {
        this.id = id;
        addClassName("question-option");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        text.setValue(optionText == null ? "" : optionText);
        text.setAriaLabel(getTranslation("training.editor.question.option"));
        text.setPlaceholder(getTranslation("training.editor.question.option"));
        text.setMaxLength(rules.maxLength("text"));
        correct.setLabel(getTranslation("training.editor.question.correct"));
        correct.setValue(isCorrect);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("form.delete"));
        // The text takes what the checkbox and the button leave, down to nothing, so the button stays on a phone.
        text.getStyle().set("flex", "1 1 0").set("min-width", "0");
        add(text, correct, remove);
    }

    void onRemove(SerializableRunnable removed) {
        remove.addClickListener(click -> removed.run());
    }

    /** Whether the option's text is one the course document accepts; marks the field when not. */
    boolean valid() {
        boolean valid = rules.accepts("text", text.getValue().strip());
        text.setInvalid(!valid);
        text.setErrorMessage(valid ? null : getTranslation("form.required"));
        return valid;
    }

    CourseContent.Option option() {
        return new CourseContent.Option(id, text.getValue().strip(), correct.getValue());
    }
}
