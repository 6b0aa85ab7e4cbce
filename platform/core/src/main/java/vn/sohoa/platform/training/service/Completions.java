package vn.sohoa.platform.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.training.CourseCompleted;
import vn.sohoa.platform.training.domain.CompletionKind;
import vn.sohoa.platform.training.domain.Enrolment;
import vn.sohoa.platform.training.domain.LessonCompletion;

/**
 * Records a completed lesson and, when it was the last required one of the learner's version, the completed
 * course, in the caller's transaction: no background job, nothing recomputed when the course changes later.
 */
@ApplicationScoped
class Completions {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<CourseCompleted> completed;

    /** The lessons this enrolment has completed. */
    Set<Long> lessonsDone(long enrolmentId) {
        return new HashSet<>(em.createQuery("select c.lessonId from LessonCompletion c where c.enrolmentId = :id",
                Long.class).setParameter("id", enrolmentId).getResultList());
    }

    /** Records the lesson (once) and the course when every required lesson of {@code version} is done. */
    void lessonDone(Enrolment enrolment, CourseVersions.Published version, long lessonId, CompletionKind how) {
        Instant now = clock.instant();
        enrolment.start(version.number(), now);
        Set<Long> done = lessonsDone(enrolment.id());
        if (done.add(lessonId)) {
            em.persist(new LessonCompletion(enrolment.id(), lessonId, how, now));
            enrolment.lessonDone(lessonId);
        } else {
            enrolment.visit(lessonId);
        }
        if (done.containsAll(version.content().requiredLessonIds())
                && enrolment.complete(now, VietnamCalendar.today(clock))) {
            em.flush();
            completed.fire(new CourseCompleted(enrolment.id(), enrolment.tenantCode(), version.ownerTenant(),
                    enrolment.username(), enrolment.learnerName(), version.content().code(), version.content().title(),
                    version.number(), enrolment.completedOn()));
        }
        em.flush();
    }
}
