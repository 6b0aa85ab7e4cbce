package vn.sohoa.ui.training.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import vn.sohoa.platform.training.domain.CourseContent;
import vn.sohoa.platform.training.service.LessonFiles;
import vn.sohoa.platform.training.service.LessonText;

/**
 * The draft's sections and their lessons, each with buttons to edit, move up or down and delete; a section adds
 * lessons of the kinds the editor makes. Each change is saved at once; ids are kept, so a lesson moved or renamed
 * keeps the progress of those who learnt it.
 */
class ContentPanel extends VerticalLayout {

    private final EditedCourse course;
    private final LessonText text;
    private final LessonFiles files;

    ContentPanel(EditedCourse course, LessonText text, LessonFiles files) {
        this.course = course;
        this.text = text;
        this.files = files;
        setPadding(false);
        course.onChange(this::show);
        show();
    }

    private void show() {
        removeAll();
        List<CourseContent.Section> sections = course.content().sections();
        if (sections.isEmpty()) {
            add(new Paragraph(getTranslation("training.editor.sections.none")));
        }
        for (int s = 0; s < sections.size(); s++) {
            add(section(sections, s));
        }
        Button addSection = new Button(getTranslation("training.editor.section.add"), VaadinIcon.PLUS.create(),
                click -> new SectionDialog(getTranslation("training.editor.section.add"), null, title ->
                        course.change(content -> Drafts.withSections(content, Drafts.replaced(sections,
                                sections.size(), new CourseContent.Section(null, title, List.of()))))).open());
        addSection.setId("section-add");
        addSection.setMinHeight("48px");
        add(addSection);
    }

    private VerticalLayout section(List<CourseContent.Section> sections, int index) {
        CourseContent.Section section = sections.get(index);
        VerticalLayout card = new VerticalLayout();
        card.addClassName("editor-section");
        card.setSpacing(false);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        card.add(new H3(section.title()), new ItemTools(section.title(),
                () -> new SectionDialog(getTranslation("training.editor.section.rename"), section.title(), title ->
                        saveSections(Drafts.replaced(sections, index, new CourseContent.Section(section.id(), title,
                                section.lessons())))).open(),
                () -> saveSections(Drafts.moved(sections, index, -1)),
                () -> saveSections(Drafts.moved(sections, index, 1)),
                () -> saveSections(Drafts.removed(sections, index))));
        List<CourseContent.Lesson> lessons = section.lessons();
        for (int l = 0; l < lessons.size(); l++) {
            card.add(lesson(sections, index, l));
        }
        HorizontalLayout adds = new HorizontalLayout();
        adds.setWrap(true);
        LessonDialog.KINDS.forEach(kind -> {
            Button add = new Button(getTranslation("training.editor.lesson.add." + kind.name()), VaadinIcon.PLUS.create(),
                    click -> editLesson(sections, index, lessons.size(), LessonDialog.blank(kind)));
            add.addClassName("lesson-add-" + kind.name().toLowerCase());
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            adds.add(add);
        });
        card.add(adds);
        return card;
    }

    private VerticalLayout lesson(List<CourseContent.Section> sections, int s, int index) {
        List<CourseContent.Lesson> lessons = sections.get(s).lessons();
        CourseContent.Lesson lesson = lessons.get(index);
        VerticalLayout row = new VerticalLayout();
        row.addClassName("editor-lesson");
        row.setPadding(false);
        row.setSpacing(false);
        Paragraph facts = new Paragraph(getTranslation("training.lesson.kind." + lesson.kind().name()) + " · "
                + getTranslation(lesson.mandatory() ? "training.lesson.required" : "training.lesson.optional"));
        facts.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        Paragraph title = new Paragraph(lesson.title());
        title.addClassName("editor-lesson-title");
        title.getStyle().set("margin", "var(--lumo-space-s) 0 0 0").set("font-weight", "600");
        row.add(title, facts, new ItemTools(lesson.title(),
                () -> editLesson(sections, s, index, lesson),
                () -> saveLessons(sections, s, Drafts.moved(lessons, index, -1)),
                () -> saveLessons(sections, s, Drafts.moved(lessons, index, 1)),
                () -> saveLessons(sections, s, Drafts.removed(lessons, index))));
        return row;
    }

    private void editLesson(List<CourseContent.Section> sections, int s, int index, CourseContent.Lesson lesson) {
        new LessonDialog(lesson, LessonDialog.tags(course.content()), text,
                new LessonFileField(course, files, lesson.fileId()), edited ->
                saveLessons(sections, s, Drafts.replaced(sections.get(s).lessons(), index, edited))).open();
    }

    private void saveLessons(List<CourseContent.Section> sections, int s, List<CourseContent.Lesson> lessons) {
        saveSections(Drafts.replaced(sections, s, Drafts.withLessons(sections.get(s), lessons)));
    }

    private void saveSections(List<CourseContent.Section> sections) {
        course.change(content -> Drafts.withSections(content, sections));
    }
}
