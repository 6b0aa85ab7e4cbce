package vn.sohoa.platform.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/** A lesson an enrolment completed, and how. Kept whatever later versions of the course say. */
@Entity
@Table(name = "lesson_completion")
public class LessonCompletion extends TenantScopedEntity {

    @Column(name = "enrolment_id")
    private long enrolmentId;

    @Column(name = "lesson_id")
    private long lessonId;

    @Enumerated(EnumType.STRING)
    private CompletionKind how;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected LessonCompletion() {
    }

    public LessonCompletion(long enrolmentId, long lessonId, CompletionKind how, Instant completedAt) {
        this.enrolmentId = enrolmentId;
        this.lessonId = lessonId;
        this.how = how;
        this.completedAt = completedAt;
    }

    public long lessonId() {
        return lessonId;
    }
}
