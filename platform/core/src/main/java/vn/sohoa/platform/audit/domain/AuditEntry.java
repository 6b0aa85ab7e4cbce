package vn.sohoa.platform.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * One recorded write: a row of another table created, changed or removed. Entries are written by the
 * database in the writing transaction and are read-only to the application (it holds no INSERT,
 * UPDATE or DELETE grant on the table).
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantCode;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    /** Identity-provider subject of the person who wrote, or {@code system} for the platform's own work. */
    @Column(name = "actor_subject")
    private String actorSubject;

    @Column(name = "actor_username")
    private String actorUsername;

    /** The kind of record written, e.g. {@code Unit}. */
    @Column(name = "entity_type")
    private String entityType;

    /** Names the record for a reader: a unit's code, a member's username, a tenant's code. */
    @Column(name = "entity_key")
    private String entityKey;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    /** JSON of the changed columns only: {@code {"name": {"before": "Ấp 1", "after": "Ấp Một"}}}. */
    @Column(columnDefinition = "jsonb")
    private String changes;

    protected AuditEntry() {
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actorSubject() {
        return actorSubject;
    }

    public String actorUsername() {
        return actorUsername;
    }

    public String entityType() {
        return entityType;
    }

    public String entityKey() {
        return entityKey;
    }

    public AuditAction action() {
        return action;
    }

    public String changes() {
        return changes;
    }
}
