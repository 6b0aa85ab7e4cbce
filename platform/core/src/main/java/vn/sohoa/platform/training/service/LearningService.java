package vn.sohoa.platform.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.files.store.StoredFile;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.training.domain.CompletionKind;
import vn.sohoa.platform.training.domain.CourseContent;
import vn.sohoa.platform.training.domain.Enrolment;
import vn.sohoa.platform.training.domain.LessonKind;

/**
 * A learner's own enrolments. Finding which tenants hold them works across tenants (the person reads their own
 * enrolments everywhere); everything else works inside the tenant of the enrolment, entered for the request, and
 * only for the person it belongs to: another person's enrolment does not exist for them (404).
 */
@ApplicationScoped
public class LearningService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CourseVersions versions;

    @Inject
    Completions completions;

    @Inject
    LessonText text;

    @Inject
    LessonFiles lessonFiles;

    /** The tenants in which the person with this subject has enrolments; call it before entering a tenant. */
    @Transactional
    public List<String> tenantsOf(String subject) {
        asPerson(subject);
        return em.createNativeQuery("select distinct e.tenant_id from enrolment e where e.user_subject = :subject "
                + "order by 1", String.class).setParameter("subject", subject).getResultList();
    }

    /** The tenant of one of the person's enrolments, to enter before acting on it. */
    @Transactional
    public Optional<String> tenantOf(long enrolmentId, String subject) {
        asPerson(subject);
        return em.createNativeQuery("select e.tenant_id from enrolment e where e.id = :id and e.user_subject = :subject",
                String.class).setParameter("id", enrolmentId).setParameter("subject", subject)
                .getResultStream().findFirst();
    }

    /** The person's enrolments in the entered tenant, with progress, due days and where to continue. */
    @Transactional
    public List<LearningItem> learning(String subject) {
        return em.createQuery("from Enrolment e where e.userSubject = :subject order by e.enrolledAt desc, e.id desc",
                        Enrolment.class).setParameter("subject", subject).getResultList().stream()
                .flatMap(enrolment -> version(enrolment).map(version -> item(enrolment, version,
                        completions.lessonsDone(enrolment.id()))).stream())
                .toList();
    }

    /** One of the person's enrolments with the outline of their version. */
    @Transactional
    public LearnerCourse course(long enrolmentId, String subject) {
        Enrolment enrolment = own(enrolmentId, subject);
        CourseVersions.Published version = requireVersion(enrolment);
        Set<Long> done = completions.lessonsDone(enrolmentId);
        CourseContent content = version.content();
        return new LearnerCourse(item(enrolment, version, done), content.summary(), content.sections().stream()
                .map(section -> new LearnerCourse.Section(section.id(), section.title(), section.lessons().stream()
                        .map(lesson -> new LearnerCourse.Lesson(lesson.id(), lesson.kind().name(), lesson.title(),
                                lesson.mandatory(), lesson.durationMinutes(), done.contains(lesson.id()))).toList()))
                .toList());
    }

    /** A lesson of the person's version, text rendered as safe HTML. */
    @Transactional
    public LessonView lesson(long enrolmentId, long lessonId, String subject) {
        Enrolment enrolment = own(enrolmentId, subject);
        CourseContent content = requireVersion(enrolment).content();
        CourseContent.Lesson lesson = content.lesson(lessonId).orElseThrow(() -> lessonNotFound(lessonId));
        LessonView.Quiz quiz = lesson.quiz() == null ? null : new LessonView.Quiz(lesson.quiz().draw(),
                lesson.quiz().passPercent(), lesson.quiz().attempts(), lesson.quiz().timeLimitMinutes());
        Optional<StoredFile> file = lesson.kind() == LessonKind.FILE ? lessonFiles.lessonFile(enrolmentId, lessonId)
                : Optional.empty();
        return new LessonView(lessonId, lesson.kind(), lesson.title(), lesson.mandatory(),
                lesson.kind() == LessonKind.TEXT ? text.html(lesson.body()) : null, lesson.url(), lesson.durationMinutes(),
                lesson.fileId(), file.map(StoredFile::name).orElse(null), file.map(StoredFile::size).orElse(null), quiz,
                completions.lessonsDone(enrolmentId).contains(lessonId));
    }

    /**
     * Records a text, video or file lesson as viewed; when it was the last required lesson, the course is complete
     * in the same transaction and {@code CourseCompleted} is fired. Completing a lesson again changes nothing. The
     * first lesson fixes the version the learner learns.
     *
     * @param name the learner's full name as their account gives it, for certificates
     * @throws ProblemException 404 for an enrolment not the person's or a lesson not in their version; 409 for a
     *                          quiz lesson, which is completed by passing it
     */
    @Transactional
    public LearningItem completeLesson(long enrolmentId, long lessonId, String subject, String name) {
        Enrolment enrolment = own(enrolmentId, subject);
        enrolment.nameLearner(name);
        CourseVersions.Published version = requireVersion(enrolment);
        CourseContent.Lesson lesson = version.content().lesson(lessonId).orElseThrow(() -> lessonNotFound(lessonId));
        if (lesson.kind() == LessonKind.QUIZ) {
            throw ProblemException.conflict("Lesson " + lessonId + " is a quiz; it is completed by passing it.");
        }
        completions.lessonDone(enrolment, version, lessonId, CompletionKind.VIEWED);
        return item(enrolment, version, completions.lessonsDone(enrolmentId));
    }

    /** One of the person's enrolments in the entered tenant, else 404. */
    Enrolment own(long enrolmentId, String subject) {
        return em.createQuery("from Enrolment e where e.id = :id and e.userSubject = :subject", Enrolment.class)
                .setParameter("id", enrolmentId).setParameter("subject", subject).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("There is no enrolment " + enrolmentId + " of yours here."));
    }

    /** The version the enrolment learns: the one started, else the newest. */
    CourseVersions.Published requireVersion(Enrolment enrolment) {
        return version(enrolment).orElseThrow(() -> ProblemException.notFound("Course " + enrolment.courseId()
                + " has no published version here."));
    }

    private Optional<CourseVersions.Published> version(Enrolment enrolment) {
        return enrolment.courseVersion() != null ? versions.find(enrolment.courseId(), enrolment.courseVersion())
                : versions.newest(enrolment.courseId());
    }

    private LearningItem item(Enrolment enrolment, CourseVersions.Published version, Set<Long> done) {
        CourseContent content = version.content();
        Set<Long> required = content.requiredLessonIds();
        int requiredDone = (int) required.stream().filter(done::contains).count();
        LocalDate today = VietnamCalendar.today(clock);
        boolean overdue = enrolment.assigned() && enrolment.completedAt() == null && enrolment.dueDate() != null
                && enrolment.dueDate().isBefore(today);
        int percent = enrolment.completedAt() != null || required.isEmpty() ? (enrolment.completedAt() != null ? 100 : 0)
                : requiredDone * 100 / required.size();
        return new LearningItem(enrolment.id(), enrolment.tenantCode(), enrolment.courseId(), content.code(),
                content.title(), version.number(), enrolment.courseVersion() != null, enrolment.assigned(),
                enrolment.dueDate(), overdue, required.size(), requiredDone, percent,
                continueWith(content, done, enrolment.lastLessonId(), openQuiz(enrolment.id())),
                enrolment.completedOn());
    }

    /** The quiz lesson of the enrolment's attempt still open (started, not submitted, in time), if any. */
    private Long openQuiz(long enrolmentId) {
        return em.createQuery("select a.lessonId from QuizAttempt a where a.enrolmentId = :id and a.submittedAt is null"
                        + " and (a.deadline is null or a.deadline > :now) order by a.startedAt desc", Long.class)
                .setParameter("id", enrolmentId).setParameter("now", clock.instant()).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    /**
     * Where to continue: a quiz left open mid-attempt, else the first lesson not done after the last one done (and
     * round again from the start).
     */
    private static Long continueWith(CourseContent content, Set<Long> done, Long last, Long openQuiz) {
        if (openQuiz != null && !done.contains(openQuiz) && content.lesson(openQuiz).isPresent()) {
            return openQuiz;
        }
        List<CourseContent.Lesson> lessons = content.lessons();
        int from = 0;
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).id().equals(last)) {
                from = i + 1;
            }
        }
        List<CourseContent.Lesson> order = new ArrayList<>(lessons.subList(from, lessons.size()));
        order.addAll(lessons.subList(0, from));
        return order.stream().filter(lesson -> !done.contains(lesson.id())).map(CourseContent.Lesson::id)
                .findFirst().orElse(null);
    }

    private void asPerson(String subject) {
        em.createNativeQuery("select set_config('sohoa.user_subject', :subject, false)")
                .setParameter("subject", subject).getSingleResult();
    }

    private static ProblemException lessonNotFound(long lessonId) {
        return ProblemException.notFound("There is no lesson " + lessonId + " in your version of the course.");
    }
}
