package vn.sohoa.ui.training.editor;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.List;
import java.util.Optional;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.training.domain.Audience;
import vn.sohoa.platform.training.domain.CourseContent;
import vn.sohoa.platform.training.domain.TrainingSkill;
import vn.sohoa.ui.form.CodeAndName;
import vn.sohoa.ui.form.RequestRules;

/**
 * A course's settings: code, title, summary, language, estimated hours, audiences, skill codes of the framework
 * and to whom it is shared. Each field is checked by the constraints of the course document the API takes.
 */
class CourseForm extends FormLayout {

    private final RequestRules rules = new RequestRules(CourseContent.class);
    private final Binder<CourseSettings> binder = new Binder<>(CourseSettings.class);
    private final CheckboxGroup<TenantKind> kinds = new CheckboxGroup<>(getTranslation("training.editor.shared-kinds"));

    CourseForm(List<TrainingSkill> skills) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
        String required = getTranslation("form.required");
        TextField code = CodeAndName.code(binder, rules, getTranslation("training.editor.code"));
        code.setId("course-code");
        TextField title = new TextField(getTranslation("training.editor.course-title"));
        title.setId("course-title");
        title.setMaxLength(rules.maxLength("title"));
        binder.forField(title).asRequired(required).withConverter(String::strip, Drafts::text)
                .withValidator(rules.check("title", required)).bind("title");
        TextArea summary = new TextArea(getTranslation("training.editor.summary"));
        summary.setMaxLength(rules.maxLength("summary"));
        binder.forField(summary).withNullRepresentation("").withConverter(CourseForm::orNull, value -> value)
                .withValidator(rules.check("summary", getTranslation("form.name.too-long", rules.maxLength("summary"))))
                .bind("summary");
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("training.editor.language"));
        language.setItems("vi", "en");
        language.setItemLabelGenerator(value -> getTranslation("training.editor.language." + value));
        binder.forField(language).asRequired(required).withValidator(rules.check("language", required)).bind("language");
        BigDecimalField hours = new BigDecimalField(getTranslation("training.editor.hours"));
        binder.forField(hours).withValidator(rules.check("estimatedHours", getTranslation("training.editor.hours.range",
                        (int) rules.decimalMax("estimatedHours")))).bind("estimatedHours");
        CheckboxGroup<Audience> audiences = new CheckboxGroup<>(getTranslation("training.editor.audiences"));
        audiences.setId("course-audiences");
        audiences.setItems(Audience.values());
        audiences.setItemLabelGenerator(value -> getTranslation("training.audience." + value.name()));
        binder.forField(audiences).withValidator(value -> rules.accepts("audiences", List.copyOf(value)),
                getTranslation("training.editor.audiences.required")).bind("audiences");
        CheckboxGroup<String> skillCodes = new CheckboxGroup<>(getTranslation("training.editor.skills"));
        skillCodes.setItems(skills.stream().map(TrainingSkill::code).toList());
        skillCodes.setItemLabelGenerator(code1 -> skills.stream().filter(skill -> skill.code().equals(code1))
                .map(TrainingSkill::name).findFirst().orElse(code1));
        binder.forField(skillCodes).bind("skillCodes");
        RadioButtonGroup<CourseSettings.Reach> reach = new RadioButtonGroup<>(getTranslation("training.editor.sharing"));
        reach.setId("course-sharing");
        reach.setItems(CourseSettings.Reach.values());
        reach.setItemLabelGenerator(value -> getTranslation("training.editor.sharing." + value.name()));
        binder.forField(reach).asRequired(required).bind("reach");
        kinds.setItems(TenantKind.values());
        kinds.setItemLabelGenerator(kind -> getTranslation("tenant.kind." + kind.name()));
        binder.forField(kinds).withValidator((value, context) -> reach.getValue() != CourseSettings.Reach.KINDS || !value.isEmpty()
                        ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("training.editor.shared-kinds.required")))
                .bind("kinds");
        reach.addValueChangeListener(change -> kinds.setVisible(change.getValue() == CourseSettings.Reach.KINDS));
        add(code, title, language, hours);
        add(summary, 2);
        add(audiences, 2);
        add(skillCodes, 2);
        add(reach, 2);
        add(kinds, 2);
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Shows the settings a new course starts with: Vietnamese, shared to every descendant. */
    void showNew() {
        binder.readBean(new CourseSettings());
        kinds.setVisible(false);
    }

    /** Shows the settings of {@code content}. */
    void show(CourseContent content) {
        binder.readBean(CourseSettings.of(content));
        kinds.setVisible(!content.sharedKinds().isEmpty());
    }

    /**
     * The settings entered, as a course document without sections or questions; empty (fields marked) while they
     * are not valid.
     */
    Optional<CourseContent> entered() {
        CourseSettings settings = new CourseSettings();
        if (!binder.writeBeanIfValid(settings)) {
            binder.validate();
            return Optional.empty();
        }
        return Optional.of(settings.content());
    }
}
