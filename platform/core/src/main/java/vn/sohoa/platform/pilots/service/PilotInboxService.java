package vn.sohoa.platform.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.pilots.domain.PilotField;
import vn.sohoa.platform.pilots.domain.PilotStatus;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * The governing level's inbox. The pilots waiting for it live in other tenants, which row-level security
 * keeps out of the entered tenant's transaction, so they come from the database function {@code pilot_inbox},
 * which answers only for the subtree of the tenant the request entered.
 */
@ApplicationScoped
public class PilotInboxService {

    @Inject
    EntityManager em;

    @Inject
    TenantGate gate;

    /**
     * A page of the pilots in the entered tenant's strict descendants waiting for a decision from above:
     * oldest proposal first, so what has waited longest comes first. The caller must administer the entered tenant
     * (and so govern every tenant below it) before calling.
     */
    @Transactional
    public Page<AwaitingDecision> inbox(PageRequest request) {
        String root = gate.here().code();
        long total = ((Number) em.createNativeQuery("select count(*) from pilot_inbox(:root)")
                .setParameter("root", root).getSingleResult()).longValue();
        Query items = em.createNativeQuery("select * from pilot_inbox(:root)").setParameter("root", root);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = request.limit(items).getResultList();
        return request.of(rows.stream().map(PilotInboxService::item).toList(), total);
    }

    private static AwaitingDecision item(Object[] row) {
        return new AwaitingDecision((String) row[0], (String) row[1], ((Number) row[2]).longValue(), (String) row[3],
                PilotField.valueOf((String) row[4]), PilotStatus.valueOf((String) row[5]), Boolean.TRUE.equals(row[6]),
                day(row[7]), day(row[8]));
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
