package vn.sohoa.ui.training;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.training.domain.QuizAnswer;
import vn.sohoa.platform.training.service.AttemptView;
import vn.sohoa.platform.training.service.LessonView;
import vn.sohoa.platform.training.service.QuizService;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A quiz lesson: its rules, then an attempt question by question. Each answer is saved on the server as it is
 * chosen, so a learner whose network drops continues where they were (starting again returns the open attempt).
 * With a time limit the remaining minutes are shown and refreshed; the server enforces the limit, and once it has
 * passed the panel says so, with the time it ended, and offers another attempt while any are left.
 */
class QuizPanel extends VerticalLayout {

    private static final int REFRESH_MILLIS = 30_000;

    private final Learner learner;
    private final QuizService quizzes;
    private final Clock clock;
    private final long enrolment;
    private final LessonView lesson;
    private final Span remaining = new Span();
    private AttemptView attempt;
    private int at;
    private Registration polling;

    QuizPanel(Learner learner, QuizService quizzes, Clock clock, long enrolment, LessonView lesson) {
        this.learner = learner;
        this.quizzes = quizzes;
        this.clock = clock;
        this.enrolment = enrolment;
        this.lesson = lesson;
        setId("quiz");
        setPadding(false);
        remaining.setId("quiz-remaining");
        rules();
    }

    private void rules() {
        removeAll();
        LessonView.Quiz quiz = lesson.quiz();
        add(new Paragraph(getTranslation("training.quiz.rules", quiz.questions(), quiz.passPercent(), quiz.attempts())));
        if (quiz.timeLimitMinutes() != null) {
            add(new Paragraph(getTranslation("training.quiz.time-limit", quiz.timeLimitMinutes())));
        }
        if (lesson.completed()) {
            add(new Paragraph(getTranslation("training.quiz.already-passed")));
        }
        add(primary("training.quiz.start", this::start));
    }

    private void start() {
        attempt = quizzes.start(learner.enter(enrolment), lesson.id(), learner.subject());
        at = firstUnanswered();
        question();
    }

    private void question() {
        if (timeUp()) {
            return;
        }
        removeAll();
        AttemptView.Question question = attempt.questions().get(at);
        add(new H3(getTranslation("training.quiz.question", at + 1, attempt.questions().size())), remaining);
        showRemaining();
        add(new QuestionField(question, chosen(question.id()), ids -> save(question.id(), ids)));
        HorizontalLayout steps = new HorizontalLayout();
        steps.setWidthFull();
        steps.setJustifyContentMode(JustifyContentMode.BETWEEN);
        steps.add(at > 0 ? button("training.quiz.previous", () -> go(at - 1)) : new Span());
        steps.add(at < attempt.questions().size() - 1 ? primary("training.quiz.next", () -> go(at + 1))
                : primary("training.quiz.submit", this::submit));
        add(steps);
    }

    private void save(long questionId, List<Long> optionIds) {
        if (timeUp()) {
            return;
        }
        attempt = quizzes.save(learner.enter(enrolment), attempt.id(), List.of(new QuizAnswer(questionId, optionIds)),
                learner.subject());
        showRemaining();
    }

    private void go(int question) {
        at = question;
        question();
    }

    private void submit() {
        if (timeUp()) {
            return;
        }
        attempt = quizzes.submit(learner.enter(enrolment), attempt.id(), List.of(), learner.subject(), learner.name());
        removeAll();
        Paragraph result = new Paragraph(getTranslation(Boolean.TRUE.equals(attempt.passed())
                ? "training.quiz.passed" : "training.quiz.failed", attempt.score()));
        result.setId("quiz-result");
        add(new H3(getTranslation("training.quiz.result")), result);
        offerAnother();
    }

    private void offerAnother() {
        if (!Boolean.TRUE.equals(attempt.passed()) && attempt.number() < lesson.quiz().attempts()) {
            add(button("training.quiz.again", this::start));
        }
    }

    /**
     * Whether the open attempt's time limit has passed; if so, says so in place of the question, since the server
     * takes no more answers for it.
     */
    private boolean timeUp() {
        if (attempt == null || attempt.submitted() || attempt.deadline() == null
                || !clock.instant().isAfter(attempt.deadline())) {
            return false;
        }
        if (getChildren().anyMatch(shown -> "quiz-time-up".equals(shown.getId().orElse(null)))) {
            return true; // said already: a poll leaves it, and its button, as they are
        }
        removeAll();
        Paragraph over = new Paragraph(getTranslation("training.quiz.time-up",
                VietnamCalendar.DAY_TIME.format(attempt.deadline())));
        over.setId("quiz-time-up");
        add(new H3(getTranslation("training.quiz.result")), over);
        offerAnother();
        return true;
    }

    private void showRemaining() {
        if (attempt == null || attempt.deadline() == null || attempt.submitted()) {
            remaining.setVisible(false);
            return;
        }
        remaining.setVisible(true);
        long minutes = Math.max(0, Duration.between(clock.instant(), attempt.deadline()).toSeconds() + 59) / 60;
        remaining.setText(getTranslation("training.quiz.remaining", minutes));
    }

    private List<Long> chosen(long questionId) {
        return attempt.answers().stream().filter(answer -> answer.questionId() == questionId).findFirst()
                .map(QuizAnswer::optionIds).orElse(List.of());
    }

    private int firstUnanswered() {
        for (int i = 0; i < attempt.questions().size(); i++) {
            if (chosen(attempt.questions().get(i).id()).isEmpty()) {
                return i;
            }
        }
        return 0;
    }

    private Button primary(String key, Runnable action) {
        Button button = button(key, action);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private Button button(String key, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setMinHeight("48px");
        return button;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(REFRESH_MILLIS);
        polling = attach.getUI().addPollListener(poll -> {
            if (!timeUp()) {
                showRemaining();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        polling.remove();
    }
}
