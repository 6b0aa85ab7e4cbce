package vn.sohoa.platform.training;

import java.time.LocalDate;

/**
 * Fired synchronously, inside the transaction that records it, when an enrolment's last required lesson is
 * completed (or an external completion is accepted). Observers that issue certificates or keep figures
 * current act in the same transaction, so a completion and its consequences land or fail together.
 *
 * @param enrolmentId     the enrolment that is now complete
 * @param enrolmentTenant the tenant the enrolment counts in
 * @param issuingTenant   the tenant that owns the course and issues its certificate
 * @param username        the learner's account
 * @param holderName      the learner's full name as it appears on a certificate
 * @param courseCode      the course's code
 * @param courseTitle     the course's title in the version the learner completed
 * @param courseVersion   the published version the learner completed
 * @param completedOn     the day of completion in Vietnam's calendar
 */
public record CourseCompleted(long enrolmentId, String enrolmentTenant, String issuingTenant, String username,
                              String holderName, String courseCode, String courseTitle, int courseVersion,
                              LocalDate completedOn) {
}
