package vn.sohoa.platform.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/** "Every {@code role} in tenants under {@code underCode} completes the course by {@code dueDate}." */
@Entity
@Table(name = "training_assignment")
public class TrainingAssignment extends TenantScopedEntity {

    @Column(name = "course_id")
    private long courseId;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "under_code")
    private String underCode;

    @Column(name = "due_date")
    private LocalDate dueDate;

    protected TrainingAssignment() {
    }

    public TrainingAssignment(long courseId, Role role, String underCode, LocalDate dueDate) {
        this.courseId = courseId;
        this.role = role;
        this.underCode = underCode;
        this.dueDate = dueDate;
    }

    public long courseId() {
        return courseId;
    }

    public Role role() {
        return role;
    }

    public String underCode() {
        return underCode;
    }

    public LocalDate dueDate() {
        return dueDate;
    }
}
