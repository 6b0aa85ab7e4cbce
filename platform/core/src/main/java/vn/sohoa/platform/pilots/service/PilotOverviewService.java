package vn.sohoa.platform.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.sohoa.platform.pilots.domain.PilotField;
import vn.sohoa.platform.pilots.domain.PilotStatus;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * The province's view of pilots across the tree. Reading other tenants' pilots needs the owner's rights, so
 * the counts come from the database functions {@code pilot_counts} and {@code pilot_top_scores}, which answer
 * only for the tenant the request entered.
 */
@ApplicationScoped
public class PilotOverviewService {

    /** How many of the best evaluated pilots the overview lists. */
    public static final int TOP = 10;

    @Inject
    EntityManager em;

    @Inject
    TenantGate gate;

    /** The overview of the entered tenant's subtree. */
    @Transactional
    public PilotOverview overview() {
        String root = gate.here().code();
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery("select * from pilot_counts(:root)")
                .setParameter("root", root).getResultList();
        Map<PilotStatus, Long> byStatus = new EnumMap<>(PilotStatus.class);
        Map<PilotField, Long> byField = new EnumMap<>(PilotField.class);
        long total = 0;
        long recognised = 0;
        long replicas = 0;
        for (Object[] row : counts) {
            long pilots = ((Number) row[4]).longValue();
            byStatus.merge(PilotStatus.valueOf((String) row[0]), pilots, Long::sum);
            byField.merge(PilotField.valueOf((String) row[1]), pilots, Long::sum);
            total += pilots;
            recognised += Boolean.TRUE.equals(row[2]) ? pilots : 0;
            replicas += Boolean.TRUE.equals(row[3]) ? pilots : 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> best = em.createNativeQuery("select * from pilot_top_scores(:root, :top)")
                .setParameter("root", root).setParameter("top", TOP).getResultList();
        List<PilotOverview.TopPilot> top = best.stream().map(row -> new PilotOverview.TopPilot((String) row[0],
                (String) row[1], ((Number) row[2]).longValue(), (String) row[3], PilotField.valueOf((String) row[4]),
                (BigDecimal) row[5], (String) row[6], Boolean.TRUE.equals(row[7]))).toList();
        return new PilotOverview(total, byStatus, byField, recognised, replicas, top);
    }
}
