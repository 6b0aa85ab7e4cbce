package vn.sohoa.ui.training;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import vn.sohoa.platform.training.domain.LessonKind;
import vn.sohoa.platform.training.service.LearnerCourse;
import vn.sohoa.platform.training.service.LearningService;
import vn.sohoa.platform.training.service.LessonFiles;
import vn.sohoa.platform.training.service.LessonView;
import vn.sohoa.platform.training.service.QuizService;
import vn.sohoa.ui.layout.MainLayout;

import java.time.Clock;
import java.util.List;

/**
 * The lesson player, made for a phone: a text lesson is its safe HTML, light to load; a video or file lesson
 * shows its duration before anything is loaded and opens only on a tap; a quiz shows its rules and starts an
 * attempt. A lesson is marked as viewed by one button, and previous / next follow the outline.
 */
@Route(value = "learning/:" + LearnerPage.ENROLMENT + "/lessons/:" + LessonPlayer.LESSON, layout = MainLayout.class)
public class LessonPlayer extends LearnerPage implements HasDynamicTitle {

    static final String LESSON = "lesson";

    private final LearningService learning;
    private final QuizService quizzes;
    private final LessonFiles lessonFiles;
    private final Clock clock;
    private String title = "";

    @Inject
    public LessonPlayer(Learner learner, LearningService learning, QuizService quizzes, LessonFiles lessonFiles,
                        Clock clock) {
        super(learner);
        this.learning = learning;
        this.quizzes = quizzes;
        this.lessonFiles = lessonFiles;
        this.clock = clock;
    }

    @Override
    protected void show(long enrolment, BeforeEnterEvent event) {
        LessonView lesson = learning.lesson(enrolment, id(event, LESSON), learner.subject());
        LearnerCourse course = learning.course(enrolment, learner.subject());
        title = lesson.title();
        add(new RouterLink(course.progress().courseTitle(), OutlineView.class, OutlineView.parameters(enrolment)),
                new H2(lesson.title()),
                new Span(LessonFacts.of(lesson.kind().name(), lesson.durationMinutes(), lesson.required(),
                        this::getTranslation)));
        switch (lesson.kind()) {
            case TEXT -> add(new Html("<div class=\"lesson-text\">" + lesson.html() + "</div>"));
            case VIDEO -> add(opener(lesson.url(), "training.lesson.open-video"));
            case FILE -> add(lesson.fileBytes() == null ? new Paragraph(getTranslation("training.lesson.file"))
                    : new LessonFileLink(learner, lessonFiles, enrolment, lesson));
            case QUIZ -> add(new QuizPanel(learner, quizzes, clock, enrolment, lesson));
        }
        if (lesson.kind() != LessonKind.QUIZ) {
            add(viewed(enrolment, lesson));
        }
        add(steps(enrolment, lesson.id(), course));
    }

    private Anchor opener(String url, String key) {
        Anchor open = new Anchor(url, getTranslation(key));
        open.setTarget(AnchorTarget.BLANK);
        open.getElement().setAttribute("rel", "noopener noreferrer");
        return open;
    }

    private Button viewed(long enrolment, LessonView lesson) {
        Button viewed = new Button(getTranslation("training.lesson.mark-viewed"));
        viewed.setId("mark-viewed");
        viewed.setMinHeight("48px");
        viewed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        viewed.setDisableOnClick(true);
        viewed.addClickListener(click -> {
            learning.completeLesson(learner.enter(enrolment), lesson.id(), learner.subject(), learner.name());
            done(viewed);
        });
        if (lesson.completed()) {
            done(viewed);
        }
        return viewed;
    }

    private void done(Button viewed) {
        viewed.setText(getTranslation("training.lesson.viewed"));
        viewed.setEnabled(false);
    }

    private HorizontalLayout steps(long enrolment, long lesson, LearnerCourse course) {
        List<Long> order = course.sections().stream().flatMap(section -> section.lessons().stream())
                .map(LearnerCourse.Lesson::id).toList();
        int at = order.indexOf(lesson);
        HorizontalLayout steps = new HorizontalLayout();
        steps.setWidthFull();
        steps.setJustifyContentMode(JustifyContentMode.BETWEEN);
        steps.add(at > 0 ? step("training.lesson.previous", enrolment, order.get(at - 1)) : new Span());
        steps.add(at >= 0 && at < order.size() - 1 ? step("training.lesson.next", enrolment, order.get(at + 1))
                : new Span());
        return steps;
    }

    private Button step(String key, long enrolment, long lesson) {
        Button step = new Button(getTranslation(key), click -> getUI().ifPresent(ui ->
                ui.navigate(LearnerPage.lesson(enrolment, lesson))));
        step.setMinHeight("48px");
        return step;
    }

    @Override
    public String getPageTitle() {
        return title + " · Sohoa";
    }
}
