package vn.sohoa.platform.audit.service;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import vn.sohoa.platform.audit.domain.AuditEntry;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.paging.Streamed;

/**
 * Reads the audit trail of the current tenant. Entries are written by the database itself, in the
 * transaction of every write, so there is nothing here to record them.
 */
@ApplicationScoped
public class AuditService {

    private static final String NEWEST_FIRST = " order by e.occurredAt desc, e.id desc";

    @Inject
    EntityManager em;

    /** The most entries a list counts; a trail is read a page at a time, never counted to its end. */
    public static final int COUNTED = 10_000;

    /**
     * A page of the tenant's audit entries that pass {@code filter}, newest first. The total counts at most
     * {@value #COUNTED} entries, then says it was capped: an index walk of that many rows at most.
     */
    @Transactional
    public AuditPage<AuditEntry> list(AuditFilter filter, PageRequest request) {
        long counted = query("select count(*) from (select e.id as id from AuditEntry e", NEWEST_FIRST + " limit "
                + (COUNTED + 1) + ") capped", filter, Long.class).getSingleResult();
        List<AuditEntry> items = request.limit(query("from AuditEntry e", NEWEST_FIRST, filter, AuditEntry.class))
                .getResultList();
        return new AuditPage<>(items, Math.min(counted, COUNTED), counted > COUNTED, request.page(), request.size());
    }

    /**
     * Hands every entry of the tenant that passes {@code filter} to {@code sink}, newest first, in constant
     * memory ({@link Streamed}). The time limit is generous because the sink writes to a client.
     */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public void export(AuditFilter filter, Consumer<AuditEntry> sink) {
        Streamed.forEach(em, query("from AuditEntry e", NEWEST_FIRST, filter, AuditEntry.class), sink);
    }

    private <T> TypedQuery<T> query(String select, String order, AuditFilter filter, Class<T> type) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.from() != null) {
            conditions.add("e.occurredAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.until() != null) {
            conditions.add("e.occurredAt < :until");
            parameters.put("until", filter.until());
        }
        if (filter.actor() != null) {
            conditions.add("(lower(e.actorUsername) = :actorName or e.actorSubject = :actor)");
            parameters.put("actorName", filter.actor().toLowerCase(Locale.ROOT));
            parameters.put("actor", filter.actor());
        }
        if (filter.entityType() != null) {
            conditions.add("lower(e.entityType) = :entityType");
            parameters.put("entityType", filter.entityType().toLowerCase(Locale.ROOT));
        }
        if (filter.action() != null) {
            conditions.add("e.action = :action");
            parameters.put("action", filter.action());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
