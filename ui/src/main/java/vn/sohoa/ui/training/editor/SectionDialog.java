package vn.sohoa.ui.training.editor;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Optional;
import vn.sohoa.platform.training.domain.CourseContent;
import vn.sohoa.ui.form.FormDialog;
import vn.sohoa.ui.form.RequestRules;

/** A section's title, for a new section or to rename one, as long as the course document allows. */
class SectionDialog extends FormDialog<String> {

    SectionDialog(String heading, String title, SerializableConsumer<String> save) {
        this(heading, new Field(title), save);
    }

    private SectionDialog(String heading, Field field, SerializableConsumer<String> save) {
        super(heading, field.input, field::entered, save);
    }

    /** The title field and what it holds. */
    private static final class Field implements java.io.Serializable {
        private final TextField input = new TextField();
        private final Binder<Field> binder = new Binder<>();
        private String title;

        Field(String title) {
            this.title = title;
            RequestRules rules = new RequestRules(CourseContent.Section.class);
            String required = input.getTranslation("form.required");
            input.setLabel(input.getTranslation("training.editor.section.title"));
            input.setId("section-title");
            input.setWidthFull();
            input.setMaxLength(rules.maxLength("title"));
            binder.forField(input).asRequired(required).withConverter(String::strip, Drafts::text)
                    .withValidator(rules.check("title", required)).bind(f -> f.title, (f, value) -> f.title = value);
            binder.setBean(this);
        }

        Optional<String> entered() {
            return binder.validate().isOk() ? Optional.of(title) : Optional.empty();
        }
    }
}
