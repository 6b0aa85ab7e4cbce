package vn.sohoa.platform.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/** A published version of a course: its content frozen as it was published. Never changed. */
@Entity
@Immutable
@Table(name = "course_version")
public class CourseVersion extends TenantScopedEntity {

    @Column(name = "course_id")
    private long courseId;

    private int number;

    private String title;

    @JdbcTypeCode(SqlTypes.JSON)
    private CourseContent content;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected CourseVersion() {
    }

    public CourseVersion(long courseId, int number, CourseContent content, Instant publishedAt) {
        this.courseId = courseId;
        this.number = number;
        this.title = content.title();
        this.content = content;
        this.publishedAt = publishedAt;
    }

    public long courseId() {
        return courseId;
    }

    public int number() {
        return number;
    }

    public CourseContent content() {
        return content;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
