package vn.sohoa.platform.audit.service;

import java.time.Instant;
import vn.sohoa.platform.audit.domain.AuditAction;

/**
 * Which audit entries to show; a null part does not filter.
 *
 * @param from       entries at or after this instant
 * @param until      entries strictly before this instant
 * @param actor      the acting person's username (any case) or identity-provider subject
 * @param entityType the kind of record, any case, e.g. {@code unit}
 * @param action     what was done to it
 */
public record AuditFilter(Instant from, Instant until, String actor, String entityType, AuditAction action) {
}
