package vn.sohoa.platform.training.api;

import java.time.Instant;
import java.time.LocalDate;
import vn.sohoa.platform.training.domain.ExternalCompletion;
import vn.sohoa.platform.training.domain.ExternalStatus;

/** A certificate from another platform as the API returns it; its file is at {@code …/{id}/file}. */
public record ExternalCompletionResponse(long id, long courseId, String username, String learnerName, String platform,
                                         LocalDate completedOn, ExternalStatus status, Instant recordedAt,
                                         String reviewedBy, Instant reviewedAt, String reviewNote, Long enrolmentId,
                                         long version) {

    public static ExternalCompletionResponse of(ExternalCompletion x) {
        return new ExternalCompletionResponse(x.id(), x.courseId(), x.username(), x.learnerName(), x.platform(),
                x.completedOn(), x.status(), x.recordedAt(), x.reviewedBy(), x.reviewedAt(), x.reviewNote(),
                x.enrolmentId(), x.version());
    }
}
