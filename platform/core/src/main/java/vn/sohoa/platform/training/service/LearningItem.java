package vn.sohoa.platform.training.service;

import java.time.LocalDate;

/**
 * One enrolment as "my learning" shows it.
 *
 * @param courseVersion    the version the learner learns: the one they started, else the newest
 * @param started          whether the version is fixed (the learner has started)
 * @param assigned         whether an assignment rule asks this of them now
 * @param overdue          assigned, not completed and past its due day (Vietnam's calendar)
 * @param percent          required lessons completed, in %
 * @param continueLessonId the lesson to continue with: the next not completed after the last one opened, else the
 *                         first not completed; null when every lesson is done
 */
public record LearningItem(long enrolmentId, String tenantCode, long courseId, String courseCode, String courseTitle,
                           int courseVersion, boolean started, boolean assigned, LocalDate dueDate, boolean overdue,
                           int requiredLessons, int requiredDone, int percent, Long continueLessonId,
                           LocalDate completedOn) {
}
