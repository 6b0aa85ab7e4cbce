package vn.sohoa.platform.audit.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import vn.sohoa.platform.audit.domain.AuditAction;
import vn.sohoa.platform.audit.domain.AuditEntry;

/** An audit entry as the API returns it; {@code changes} is the recorded JSON as it is. */
public record AuditEntryResponse(Instant occurredAt, Actor actor, String entityType, String entityKey,
                                 AuditAction action, @JsonRawValue String changes) {

    /** Who wrote: {@code system} for the platform's own work. */
    public record Actor(String username, String subject) {}

    static AuditEntryResponse of(AuditEntry entry) {
        return new AuditEntryResponse(entry.occurredAt(), new Actor(entry.actorUsername(), entry.actorSubject()),
                entry.entityType(), entry.entityKey(), entry.action(), entry.changes());
    }
}
