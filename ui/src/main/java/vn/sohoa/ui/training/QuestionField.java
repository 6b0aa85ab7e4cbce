package vn.sohoa.ui.training;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import vn.sohoa.platform.training.domain.QuestionKind;
import vn.sohoa.platform.training.service.AttemptView;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One question of an attempt with its options: one to choose (single choice, true/false) or any number (multiple
 * choice), large enough to tap. Every change hands the chosen option ids on, to be saved at once.
 */
class QuestionField extends Composite<VerticalLayout> {

    QuestionField(AttemptView.Question question, List<Long> chosen, Consumer<List<Long>> changed) {
        VerticalLayout content = getContent();
        content.setPadding(false);
        Paragraph text = new Paragraph(question.text());
        text.addClassName("question-text");
        content.add(text);
        if (QuestionKind.valueOf(question.kind()) == QuestionKind.MULTIPLE) {
            CheckboxGroup<AttemptView.Option> options = new CheckboxGroup<>();
            options.setItems(question.options());
            options.setItemLabelGenerator(AttemptView.Option::text);
            options.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            options.setValue(question.options().stream().filter(option -> chosen.contains(option.id()))
                    .collect(Collectors.toSet()));
            options.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    changed.accept(ids(change.getValue()));
                }
            });
            content.add(options);
        } else {
            RadioButtonGroup<AttemptView.Option> options = new RadioButtonGroup<>();
            options.setItems(question.options());
            options.setItemLabelGenerator(AttemptView.Option::text);
            options.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            question.options().stream().filter(option -> chosen.contains(option.id())).findFirst()
                    .ifPresent(options::setValue);
            options.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    changed.accept(change.getValue() == null ? List.of() : List.of(change.getValue().id()));
                }
            });
            content.add(options);
        }
    }

    private static List<Long> ids(Set<AttemptView.Option> options) {
        return options.stream().map(AttemptView.Option::id).toList();
    }
}
