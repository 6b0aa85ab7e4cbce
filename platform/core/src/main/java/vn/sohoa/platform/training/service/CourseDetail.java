package vn.sohoa.platform.training.service;

import java.time.Instant;
import vn.sohoa.platform.training.domain.Course;
import vn.sohoa.platform.training.domain.CourseContent;

/**
 * A course as one tenant may read it. Its authors read the draft with the question bank and correct answers;
 * everyone else reads the newest published version without the question bank.
 *
 * @param version          the course's version for a change (null for a course shared from an ancestor)
 * @param publishedVersion the newest published version, 0 before the first
 * @param draft            whether {@code content} is the draft (authors) or the published version
 * @param withdrawnAt      when the tenant's own course was withdrawn (nobody enrols any more); null otherwise
 */
public record CourseDetail(long id, String tenantCode, Long version, int publishedVersion, boolean draft,
                           CourseContent content, Instant withdrawnAt) {

    /** The course with its draft, as its authors read it. */
    public static CourseDetail draftOf(Course course) {
        return new CourseDetail(course.id(), course.tenantCode(), course.version(), course.publishedVersion(), true,
                course.draft(), course.withdrawnAt());
    }
}
