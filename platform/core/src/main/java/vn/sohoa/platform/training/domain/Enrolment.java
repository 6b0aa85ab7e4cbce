package vn.sohoa.platform.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/**
 * A person enrolled in a course in one of their tenants, with their progress (one record per enrolment). The
 * version they learn is fixed when they start; until then they follow the newest. Completion is recorded once
 * and never recomputed.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment extends TenantScopedEntity {

    @Column(name = "course_id")
    private long courseId;

    @Column(name = "user_subject")
    private String userSubject;

    private String username;

    @Column(name = "learner_name")
    private String learnerName;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Enumerated(EnumType.STRING)
    private EnrolmentSource source;

    private boolean assigned;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    @Column(name = "course_version")
    private Integer courseVersion;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "last_lesson_id")
    private Long lastLessonId;

    @Column(name = "lessons_done")
    private int lessonsDone;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    protected Enrolment() {
    }

    public Enrolment(long courseId, String userSubject, String username, Role role, EnrolmentSource source,
                     Instant enrolledAt) {
        this.courseId = courseId;
        this.userSubject = userSubject;
        this.username = username;
        this.role = role;
        this.source = source;
        this.enrolledAt = enrolledAt;
    }

    /** Fixes the version the learner learns, the first time they do anything in the course. */
    public void start(int version, Instant now) {
        if (courseVersion == null) {
            courseVersion = version;
            startedAt = now;
        }
    }

    /** Counts a lesson completed (the caller has checked it was not before) and remembers where the learner is. */
    public void lessonDone(long lessonId) {
        lessonsDone++;
        lastLessonId = lessonId;
    }

    /** Remembers the lesson the learner opened last, to continue there. */
    public void visit(long lessonId) {
        lastLessonId = lessonId;
    }

    /** Records the course complete; false when it already was. */
    public boolean complete(Instant at, LocalDate day) {
        if (completedAt != null) {
            return false;
        }
        completedAt = at;
        completedOn = day;
        return true;
    }

    /** The learner's name as their account gives it, for certificates. */
    public void nameLearner(String name) {
        if (name != null && !name.isBlank()) {
            learnerName = name;
        }
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
        return learnerName == null ? username : learnerName;
    }

    public Role role() {
        return role;
    }

    public EnrolmentSource source() {
        return source;
    }

    public boolean assigned() {
        return assigned;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    /** The version the learner started, or null while they follow the newest. */
    public Integer courseVersion() {
        return courseVersion;
    }

    public Long lastLessonId() {
        return lastLessonId;
    }

    public int lessonsDone() {
        return lessonsDone;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public LocalDate completedOn() {
        return completedOn;
    }
}
