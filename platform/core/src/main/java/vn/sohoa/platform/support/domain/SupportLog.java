package vn.sohoa.platform.support.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/**
 * One act of citizen support, as logged by its author. What was done is {@link SupportFacts}; the
 * record itself keeps who logged it and when, and whether and why it was deleted (never physically).
 */
@Entity
@Table(name = "support_log")
public class SupportLog extends TenantScopedEntity {

    @Embedded
    private SupportFacts facts;

    @Column(name = "author_subject")
    private String authorSubject;

    @Column(name = "author_username")
    private String authorUsername;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by")
    private String deletedBy;

    @Column(name = "deleted_reason")
    private String deletedReason;

    protected SupportLog() {
    }

    public SupportLog(SupportFacts facts, String authorSubject, String authorUsername, Instant createdAt) {
        this.facts = facts;
        this.authorSubject = authorSubject;
        this.authorUsername = authorUsername;
        this.createdAt = createdAt;
    }

    /** Replaces what was logged with a correction. */
    public void correct(SupportFacts facts) {
        this.facts = facts;
    }

    /** Takes the record out of every list and count; the row and its history stay. */
    public void delete(String username, String reason, Instant at) {
        this.deletedBy = username;
        this.deletedReason = reason;
        this.deletedAt = at;
    }

    public boolean isAuthor(String subject) {
        return authorSubject.equals(subject);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public SupportFacts facts() {
        return facts;
    }

    public String authorUsername() {
        return authorUsername;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
