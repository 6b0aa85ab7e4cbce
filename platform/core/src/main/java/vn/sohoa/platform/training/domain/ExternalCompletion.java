package vn.sohoa.platform.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/**
 * A certificate from another platform (OneTouch, Bình dân học vụ số) that a person recorded for a course offered in
 * their tenant, with its file (in the tenant's file store). A trainer or administrator of the tenant accepts it,
 * which completes the person's enrolment in the course, or refuses it with a reason.
 */
@Entity
@Table(name = "external_completion")
public class ExternalCompletion extends TenantScopedEntity {

    @Column(name = "course_id")
    private long courseId;

    @Column(name = "user_subject")
    private String userSubject;

    private String username;

    @Column(name = "learner_name")
    private String learnerName;

    private String platform;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "file_id")
    private long fileId;

    @Enumerated(EnumType.STRING)
    private ExternalStatus status;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "enrolment_id")
    private Long enrolmentId;

    protected ExternalCompletion() {
    }

    public ExternalCompletion(long courseId, String userSubject, String username, String learnerName, String platform,
                              LocalDate completedOn, long fileId, Instant recordedAt) {
        this.courseId = courseId;
        this.userSubject = userSubject;
        this.username = username;
        this.learnerName = learnerName;
        this.platform = platform;
        this.completedOn = completedOn;
        this.fileId = fileId;
        this.recordedAt = recordedAt;
        this.status = ExternalStatus.PENDING;
    }

    /** Accepted as the completion of {@code enrolment}. */
    public void accept(long enrolment, String reviewer, Instant at) {
        review(ExternalStatus.ACCEPTED, reviewer, at, null);
        enrolmentId = enrolment;
    }

    /** Refused, with the reason the person is told. */
    public void refuse(String reviewer, Instant at, String reason) {
        review(ExternalStatus.REFUSED, reviewer, at, reason);
    }

    private void review(ExternalStatus outcome, String reviewer, Instant at, String note) {
        if (status != ExternalStatus.PENDING) {
            throw ProblemException.conflict("External completion " + id() + " was already " + status + ".");
        }
        status = outcome;
        reviewedBy = reviewer;
        reviewedAt = at;
        reviewNote = note;
    }

    public long courseId() {
        return courseId;
    }

    public String userSubject() {
        return userSubject;
    }

    public String username() {
        return username;
    }

    public String learnerName() {
        return learnerName;
    }

    public String platform() {
        return platform;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public long fileId() {
        return fileId;
    }

    public ExternalStatus status() {
        return status;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public Long enrolmentId() {
        return enrolmentId;
    }
}
