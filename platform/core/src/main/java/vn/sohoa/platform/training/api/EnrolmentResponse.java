package vn.sohoa.platform.training.api;

import java.time.Instant;
import java.time.LocalDate;
import vn.sohoa.platform.training.domain.Enrolment;

/** An enrolment as the API returns it. */
public record EnrolmentResponse(long id, String tenantCode, long courseId, String username, String source,
                                boolean assigned, LocalDate dueDate, Instant enrolledAt, Integer courseVersion,
                                LocalDate completedOn) {

    static EnrolmentResponse of(Enrolment enrolment) {
        return new EnrolmentResponse(enrolment.id(), enrolment.tenantCode(), enrolment.courseId(), enrolment.username(),
                enrolment.source().name(), enrolment.assigned(), enrolment.dueDate(), enrolment.enrolledAt(),
                enrolment.courseVersion(), enrolment.completedOn());
    }
}
