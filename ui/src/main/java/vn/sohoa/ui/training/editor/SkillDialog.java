package vn.sohoa.ui.training.editor;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableConsumer;
import java.io.Serializable;
import java.util.Optional;
import vn.sohoa.platform.training.api.TrainingSkillsResource.SkillRequest;
import vn.sohoa.platform.training.domain.TrainingSkill;
import vn.sohoa.ui.form.FormDialog;
import vn.sohoa.ui.form.RequestRules;

/**
 * A skill group of the framework: a new one's code and name, or a new name for one (its code stays), checked as
 * the API checks them.
 */
class SkillDialog extends FormDialog<SkillDialog.Entered> {

    /** What the dialog produces: the group's code, its name, and the version it was read at (null for a new one). */
    record Entered(String code, String name, Long version) implements Serializable {
    }

    SkillDialog(String heading, TrainingSkill skill, SerializableConsumer<Entered> save) {
        this(heading, new Fields(skill), save);
    }

    private SkillDialog(String heading, Fields fields, SerializableConsumer<Entered> save) {
        super(heading, fields.layout, fields::entered, save);
    }

    private static final class Fields implements Serializable {
        private final FormLayout layout = new FormLayout();
        private final Binder<Fields> binder = new Binder<>();
        private final Long version;
        private String code;
        private String name;

        Fields(TrainingSkill skill) {
            version = skill == null ? null : skill.version();
            code = skill == null ? null : skill.code();
            name = skill == null ? null : skill.name();
            RequestRules rules = new RequestRules(SkillRequest.class);
            TextField codeField = new TextField(layout.getTranslation("training.editor.skill.code"));
            codeField.setId("skill-code");
            codeField.setEnabled(skill == null);
            codeField.setHelperText(layout.getTranslation("training.editor.skill.code.help"));
            String required = layout.getTranslation("form.required");
            binder.forField(codeField).asRequired(required).withConverter(String::strip, Drafts::text)
                    .withValidator(value -> value.matches(TrainingSkill.CODE_PATTERN),
                            layout.getTranslation("training.editor.skill.code.invalid"))
                    .bind(f -> f.code, (f, value) -> f.code = value);
            TextField nameField = new TextField(layout.getTranslation("training.editor.skill.name"));
            nameField.setId("skill-name");
            nameField.setMaxLength(rules.maxLength("name"));
            binder.forField(nameField).asRequired(required).withConverter(String::strip, Drafts::text)
                    .withValidator(rules.check("name", required)).bind(f -> f.name, (f, value) -> f.name = value);
            binder.setBean(this);
            layout.add(codeField, nameField);
        }

        Optional<Entered> entered() {
            return binder.validate().isOk() ? Optional.of(new Entered(code, name, version)) : Optional.empty();
        }
    }
}
