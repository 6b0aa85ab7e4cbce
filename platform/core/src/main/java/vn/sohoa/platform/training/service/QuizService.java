package vn.sohoa.platform.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.training.domain.CompletionKind;
import vn.sohoa.platform.training.domain.CourseContent;
import vn.sohoa.platform.training.domain.Enrolment;
import vn.sohoa.platform.training.domain.LessonKind;
import vn.sohoa.platform.training.domain.QuizAnswer;
import vn.sohoa.platform.training.domain.QuizAttempt;

/**
 * Quiz attempts of a learner's own enrolment, inside its tenant. The server draws, times and grades; what is
 * correct leaves it only as a score.
 */
@ApplicationScoped
public class QuizService {

    private final Random random = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LearningService learning;

    @Inject
    Completions completions;

    /**
     * Starts an attempt at a quiz lesson: draws its questions at random from the bank (or the quiz's tag), shuffles
     * their options and freezes them. An attempt still open (not submitted, within its time) is returned instead, so
     * a learner whose network dropped continues it.
     *
     * @throws ProblemException 404 for an enrolment not the person's or a lesson not in their version, 400 for a
     *                          lesson that is no quiz, 409 when every allowed attempt is used
     */
    @Transactional
    public AttemptView start(long enrolmentId, long lessonId, String subject) {
        Enrolment enrolment = learning.own(enrolmentId, subject);
        CourseVersions.Published version = learning.requireVersion(enrolment);
        CourseContent.Lesson lesson = version.content().lesson(lessonId)
                .orElseThrow(() -> ProblemException.notFound("There is no lesson " + lessonId + " in your version of the course."));
        if (lesson.kind() != LessonKind.QUIZ) {
            throw ProblemException.invalid("lessonId", "lesson " + lessonId + " is no quiz");
        }
        Instant now = clock.instant();
        List<QuizAttempt> attempts = em.createQuery("from QuizAttempt a where a.enrolmentId = :enrolment "
                        + "and a.lessonId = :lesson order by a.number", QuizAttempt.class)
                .setParameter("enrolment", enrolmentId).setParameter("lesson", lessonId).getResultList();
        for (QuizAttempt open : attempts) {
            if (!open.submitted() && !open.expired(now)) {
                return AttemptView.of(open);
            }
        }
        CourseContent.QuizSettings quiz = lesson.quiz();
        if (attempts.size() >= quiz.attempts()) {
            throw ProblemException.conflict("All " + quiz.attempts() + " allowed attempts at lesson " + lessonId
                    + " are used.");
        }
        enrolment.start(version.number(), now);
        QuizAttempt attempt = new QuizAttempt(enrolmentId, lessonId, attempts.size() + 1, quiz.passPercent(),
                draw(version.content().bank(quiz.tag()), quiz.draw()), now,
                quiz.timeLimitMinutes() == null ? null : now.plus(Duration.ofMinutes(quiz.timeLimitMinutes())));
        em.persist(attempt);
        em.flush();
        return AttemptView.of(attempt);
    }

    /** One of the person's attempts, with the answers saved so far (and its result once submitted). */
    @Transactional
    public AttemptView attempt(long enrolmentId, long attemptId, String subject) {
        return AttemptView.of(own(enrolmentId, attemptId, subject));
    }

    /**
     * Saves answers, replacing earlier answers to the same questions; called at every step.
     *
     * @throws ProblemException 404 for an attempt not the person's; 400 naming a question not in the attempt or an
     *                          option not of its question; 409 once submitted or past the time limit
     */
    @Transactional
    public AttemptView save(long enrolmentId, long attemptId, List<QuizAnswer> answers, String subject) {
        QuizAttempt attempt = own(enrolmentId, attemptId, subject);
        attempt.answer(answers, clock.instant());
        em.flush();
        return AttemptView.of(attempt);
    }

    /**
     * Submits the attempt (with any last answers) and grades it. A passed attempt completes the lesson, and the
     * course when it was the last required lesson, in the same transaction. Submitting again returns the first
     * result and changes nothing.
     *
     * @throws ProblemException as {@link #save}; 409 after the time limit
     */
    @Transactional
    public AttemptView submit(long enrolmentId, long attemptId, List<QuizAnswer> answers, String subject, String name) {
        QuizAttempt attempt = own(enrolmentId, attemptId, subject);
        if (attempt.submitted()) {
            return AttemptView.of(attempt);
        }
        Instant now = clock.instant();
        if (!answers.isEmpty()) {
            attempt.answer(answers, now);
        }
        attempt.submit(now);
        if (attempt.passed()) {
            Enrolment enrolment = learning.own(enrolmentId, subject);
            enrolment.nameLearner(name);
            completions.lessonDone(enrolment, learning.requireVersion(enrolment), attempt.lessonId(), CompletionKind.PASSED);
        }
        em.flush();
        return AttemptView.of(attempt);
    }

    private QuizAttempt own(long enrolmentId, long attemptId, String subject) {
        learning.own(enrolmentId, subject);
        return em.createQuery("from QuizAttempt a where a.id = :id and a.enrolmentId = :enrolment", QuizAttempt.class)
                .setParameter("id", attemptId).setParameter("enrolment", enrolmentId).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("There is no attempt " + attemptId + " of yours here."));
    }

    private List<CourseContent.Question> draw(List<CourseContent.Question> bank, int count) {
        List<CourseContent.Question> pool = new ArrayList<>(bank);
        Collections.shuffle(pool, random);
        return pool.subList(0, Math.min(count, pool.size())).stream().map(question -> {
            List<CourseContent.Option> options = new ArrayList<>(question.options());
            Collections.shuffle(options, random);
            return new CourseContent.Question(question.id(), question.kind(), question.text(), question.tags(), options);
        }).toList();
    }
}
