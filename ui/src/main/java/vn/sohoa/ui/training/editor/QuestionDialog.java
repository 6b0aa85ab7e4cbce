package vn.sohoa.ui.training.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.sohoa.platform.training.domain.CourseContent;
import vn.sohoa.platform.training.domain.QuestionKind;
import vn.sohoa.ui.form.RequestRules;

/**
 * A question of the bank: single choice, multiple choice or true/false, its text, its tags (a quiz may draw from
 * one tag) and its options, each marked correct or not. The draft may hold a question without a correct option;
 * publishing refuses it and says which.
 */
class QuestionDialog extends Dialog {

    private final CourseContent.Question original;
    private final RequestRules rules = new RequestRules(CourseContent.Question.class);
    private final Div options = new Div();
    private final List<OptionRow> rows = new ArrayList<>();
    private final Span optionsError = new Span();
    private QuestionKind kind;
    private String text;
    private String tags;

    QuestionDialog(CourseContent.Question question, SerializableConsumer<CourseContent.Question> save) {
        original = question;
        kind = question.kind();
        text = question.text();
        tags = String.join(", ", question.tags());
        setHeaderTitle(getTranslation(question.text() == null ? "training.editor.question.new" : "training.editor.question.edit"));
        setWidth("40rem");
        setMaxWidth("100%");
        String required = getTranslation("form.required");
        Binder<QuestionDialog> binder = new Binder<>();
        Select<QuestionKind> kindField = new Select<>();
        kindField.setLabel(getTranslation("training.editor.question.kind"));
        kindField.setItems(QuestionKind.values());
        kindField.setItemLabelGenerator(value -> getTranslation("training.editor.question.kind." + value.name()));
        binder.forField(kindField).asRequired(required).bind(d -> d.kind, (d, value) -> d.kind = value);
        TextArea textField = new TextArea(getTranslation("training.editor.question.text"));
        textField.setId("question-text");
        textField.setMaxLength(rules.maxLength("text"));
        textField.setWidthFull();
        binder.forField(textField).asRequired(required).withConverter(String::strip, Drafts::text)
                .withValidator(rules.check("text", required)).bind(d -> d.text, (d, value) -> d.text = value);
        TextField tagsField = new TextField(getTranslation("training.editor.question.tags"));
        tagsField.setHelperText(getTranslation("training.editor.question.tags.help"));
        tagsField.setWidthFull();
        binder.forField(tagsField).withNullRepresentation("")
                .withValidator(value -> rules.accepts("tags", tagList(value)), getTranslation("training.editor.question.tags.invalid"))
                .bind(d -> d.tags, (d, value) -> d.tags = value);
        question.options().forEach(option -> addRow(option.id(), option.text(), option.correct()));
        kindField.addValueChangeListener(change -> {
            if (change.getValue() == QuestionKind.TRUE_FALSE && rows.isEmpty()) {
                addRow(null, getTranslation("training.editor.question.true"), true);
                addRow(null, getTranslation("training.editor.question.false"), false);
            }
        });
        Button addOption = new Button(getTranslation("training.editor.question.add-option"), VaadinIcon.PLUS.create(),
                click -> addRow(null, "", false));
        addOption.setId("question-add-option");
        optionsError.getStyle().set("color", "var(--lumo-error-text-color)");
        binder.setBean(this);
        add(kindField, textField, tagsField, new Span(getTranslation("training.editor.question.options")), options,
                optionsError, addOption);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        Button saveButton = new Button(getTranslation("form.save"), click -> {
            boolean valid = binder.validate().isOk() & optionsValid();
            if (valid) {
                save.accept(new CourseContent.Question(original.id(), kind, text, tagList(tags),
                        rows.stream().map(OptionRow::option).toList()));
                close();
            }
        });
        saveButton.setId("question-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, saveButton);
    }

    private boolean optionsValid() {
        boolean valid = rows.stream().map(OptionRow::valid).reduce(true, Boolean::logicalAnd);
        List<CourseContent.Option> entered = rows.stream().map(OptionRow::option).toList();
        boolean counted = rules.accepts("options", entered) && (kind != QuestionKind.TRUE_FALSE || entered.size() == 2);
        optionsError.setText(counted ? "" : getTranslation(kind == QuestionKind.TRUE_FALSE
                ? "training.editor.question.options.two" : "training.editor.question.options.count"));
        return valid && counted;
    }

    private void addRow(Long id, String optionText, boolean correct) {
        OptionRow row = new OptionRow(id, optionText, correct);
        row.onRemove(() -> {
            rows.remove(row);
            options.remove(row);
        });
        rows.add(row);
        options.add(row);
    }

    private static List<String> tagList(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip)
                .filter(tag -> !tag.isEmpty()).distinct().toList();
    }

    /** A question not yet written, single choice. */
    static CourseContent.Question blank() {
        return new CourseContent.Question(null, QuestionKind.SINGLE, null, List.of(), List.of());
    }
}
