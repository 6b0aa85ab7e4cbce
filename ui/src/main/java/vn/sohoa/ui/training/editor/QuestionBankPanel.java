package vn.sohoa.ui.training.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import vn.sohoa.platform.training.domain.CourseContent;

/**
 * The course's question bank, from which its quizzes draw: each question with its kind, tags and how many of its
 * options are correct, to edit or delete; and a button for a new one. Each change is saved at once.
 */
class QuestionBankPanel extends VerticalLayout {

    private final EditedCourse course;

    QuestionBankPanel(EditedCourse course) {
        this.course = course;
        setPadding(false);
        course.onChange(this::show);
        show();
    }

    private void show() {
        removeAll();
        List<CourseContent.Question> questions = course.content().questions();
        add(new Paragraph(getTranslation("training.editor.questions.intro", questions.size())));
        for (int q = 0; q < questions.size(); q++) {
            add(question(questions, q));
        }
        Button addQuestion = new Button(getTranslation("training.editor.question.new"), VaadinIcon.PLUS.create(),
                click -> edit(questions, questions.size(), QuestionDialog.blank()));
        addQuestion.setId("question-add");
        addQuestion.setMinHeight("48px");
        add(addQuestion);
    }

    private VerticalLayout question(List<CourseContent.Question> questions, int index) {
        CourseContent.Question question = questions.get(index);
        VerticalLayout row = new VerticalLayout();
        row.addClassName("editor-question");
        row.setPadding(false);
        row.setSpacing(false);
        Paragraph text = new Paragraph((index + 1) + ". " + question.text());
        text.getStyle().set("margin", "var(--lumo-space-s) 0 0 0").set("font-weight", "600");
        long correct = question.options().stream().filter(CourseContent.Option::correct).count();
        Paragraph facts = new Paragraph(getTranslation("training.editor.question.kind." + question.kind().name())
                + " · " + getTranslation("training.editor.question.facts", question.options().size(), correct)
                + (question.tags().isEmpty() ? "" : " · " + String.join(", ", question.tags())));
        facts.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        row.add(text, facts, new ItemTools(question.text(), () -> edit(questions, index, question), null, null,
                () -> save(Drafts.removed(questions, index))));
        return row;
    }

    private void edit(List<CourseContent.Question> questions, int index, CourseContent.Question question) {
        new QuestionDialog(question, edited -> save(Drafts.replaced(questions, index, edited))).open();
    }

    private void save(List<CourseContent.Question> questions) {
        course.change(content -> Drafts.withQuestions(content, questions));
    }
}
