package vn.sohoa.ui.training.editor;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import vn.sohoa.platform.training.domain.CourseContent;
import vn.sohoa.platform.training.domain.LessonKind;
import vn.sohoa.platform.training.service.LessonText;
import vn.sohoa.ui.form.RequestRules;

/**
 * A lesson: its kind, title and whether it is required, then what the kind needs: a text lesson's Markdown with a
 * preview rendered by the same safe renderer as the lesson player, a video's link and duration, a file's PDF, a
 * quiz's rules.
 */
class LessonDialog extends Dialog {

    /** The kinds of lesson the editor makes. */
    static final List<LessonKind> KINDS = List.of(LessonKind.TEXT, LessonKind.VIDEO, LessonKind.FILE, LessonKind.QUIZ);

    private final CourseContent.Lesson original;
    private final QuizFields quiz;
    private final LessonFileField file;
    private LessonKind kind;
    private String title;
    private boolean required;
    private String body;
    private String url;
    private Integer duration;

    LessonDialog(CourseContent.Lesson lesson, List<String> tags, LessonText text, LessonFileField file,
                 SerializableConsumer<CourseContent.Lesson> save) {
        original = lesson;
        this.file = file;
        kind = lesson.kind();
        title = lesson.title();
        required = lesson.mandatory();
        body = lesson.body();
        url = lesson.url();
        duration = lesson.durationMinutes();
        setHeaderTitle(getTranslation(lesson.title() == null ? "training.editor.lesson.new" : "training.editor.lesson.edit"));
        setWidth("40rem");
        setMaxWidth("100%");
        RequestRules rules = new RequestRules(CourseContent.Lesson.class);
        String requiredText = getTranslation("form.required");
        Binder<LessonDialog> binder = new Binder<>();
        Select<LessonKind> kindField = new Select<>();
        kindField.setId("lesson-kind");
        kindField.setLabel(getTranslation("training.editor.lesson.kind"));
        kindField.setItems(KINDS);
        kindField.setItemLabelGenerator(value -> getTranslation("training.lesson.kind." + value.name()));
        binder.forField(kindField).asRequired(requiredText).bind(d -> d.kind, (d, value) -> d.kind = value);
        TextField titleField = new TextField(getTranslation("training.editor.lesson.title"));
        titleField.setId("lesson-title");
        titleField.setMaxLength(rules.maxLength("title"));
        binder.forField(titleField).asRequired(requiredText).withConverter(String::strip, Drafts::text)
                .withValidator(rules.check("title", requiredText)).bind(d -> d.title, (d, value) -> d.title = value);
        Checkbox requiredField = new Checkbox(getTranslation("training.editor.lesson.required"));
        binder.forField(requiredField).bind(d -> d.required, (d, value) -> d.required = value);

        TextArea bodyField = new TextArea(getTranslation("training.editor.lesson.body"));
        bodyField.setId("lesson-body");
        bodyField.setHelperText(getTranslation("training.editor.lesson.body.help"));
        bodyField.setMaxLength(rules.maxLength("body"));
        bodyField.setMinHeight("10em");
        binder.forField(bodyField).withConverter(value -> value.isBlank() ? null : value, Drafts::text)
                .withValidator(value -> kind != LessonKind.TEXT || value != null, requiredText)
                .bind(d -> d.body, (d, value) -> d.body = value);
        Div preview = new Div();
        preview.setId("lesson-preview");
        Button previewButton = new Button(getTranslation("training.editor.lesson.preview"), click -> {
            preview.removeAll();
            preview.add(new Html("<div class=\"lesson-text\">" + text.html(bodyField.getValue()) + "</div>"));
        });
        previewButton.setId("lesson-preview-button");

        TextField urlField = new TextField(getTranslation("training.editor.lesson.url"));
        urlField.setId("lesson-url");
        urlField.setMaxLength(rules.maxLength("url"));
        binder.forField(urlField).withConverter(String::strip, Drafts::text)
                .withValidator(value -> kind != LessonKind.VIDEO || !value.isEmpty(), requiredText)
                .withValidator(value -> value.isEmpty() || rules.accepts("url", value),
                        getTranslation("training.editor.lesson.url.invalid"))
                .bind(d -> d.url, (d, value) -> d.url = value.isEmpty() ? null : value);
        IntegerField durationField = new IntegerField(getTranslation("training.editor.lesson.duration"));
        durationField.setId("lesson-duration");
        durationField.setMin(rules.min("durationMinutes"));
        durationField.setMax(rules.max("durationMinutes"));
        binder.forField(durationField)
                .withValidator(value -> kind != LessonKind.VIDEO || value != null && value >= 1, requiredText)
                .withValidator(rules.check("durationMinutes", getTranslation(
                        "form.number.between", rules.min("durationMinutes"), rules.max("durationMinutes"))))
                .bind(d -> d.duration, (d, value) -> d.duration = value);

        quiz = new QuizFields(lesson.quiz(), tags);
        Div textPart = new Div(bodyField, previewButton, preview);
        Div videoPart = new Div(urlField, durationField);
        bodyField.setWidthFull();
        urlField.setWidthFull();
        titleField.setWidthFull();
        kindField.addValueChangeListener(change -> {
            kind = change.getValue();
            textPart.setVisible(kind == LessonKind.TEXT);
            videoPart.setVisible(kind == LessonKind.VIDEO);
            quiz.setVisible(kind == LessonKind.QUIZ);
            file.setVisible(kind == LessonKind.FILE);
        });
        binder.setBean(this);
        textPart.setVisible(kind == LessonKind.TEXT);
        videoPart.setVisible(kind == LessonKind.VIDEO);
        quiz.setVisible(kind == LessonKind.QUIZ);
        file.setVisible(kind == LessonKind.FILE);
        add(kindField, titleField, requiredField, textPart, videoPart, file, quiz);

        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        Button saveButton = new Button(getTranslation("form.save"), click -> {
            boolean valid = binder.validate().isOk();
            CourseContent.QuizSettings settings = kind == LessonKind.QUIZ ? quiz.entered().orElse(null) : null;
            if (kind == LessonKind.FILE && file.fileId() == null) {
                file.requireFile();
                valid = false;
            }
            if (valid && (kind != LessonKind.QUIZ || settings != null)) {
                save.accept(lesson(settings));
                close();
            }
        });
        saveButton.setId("lesson-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, saveButton);
    }

    /** The lesson entered: only what its kind uses, with the id it had. */
    private CourseContent.Lesson lesson(CourseContent.QuizSettings settings) {
        return new CourseContent.Lesson(original.id(), kind, title, kind == LessonKind.TEXT ? body : null,
                kind == LessonKind.VIDEO ? url : null, kind == LessonKind.VIDEO ? duration : null, required,
                kind == LessonKind.FILE ? file.fileId() : null, settings);
    }

    /** A new lesson of {@code kind}, not yet titled. */
    static CourseContent.Lesson blank(LessonKind kind) {
        return new CourseContent.Lesson(null, kind, null, null, null, null, true, null, null);
    }

    /** The tags of the question bank, for a quiz drawing from part of it. */
    static List<String> tags(CourseContent content) {
        return content.questions().stream().flatMap(question -> question.tags().stream()).distinct().sorted().toList();
    }
}
