package vn.sohoa.platform.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * The support records of the current tenant's roll-up: everything below it today, plus the history of
 * every tenant merged into any of them, each record once. Records keep the tenant they were written in;
 * only the roll-up follows the restructuring.
 */
@ApplicationScoped
public class SupportRollup {

    /** Live records of one category over the roll-up. */
    public record CategoryTotal(String categoryCode, long records) {}

    /**
     * A roll-up.
     *
     * @param tenants    how many tenants it spans, predecessors included
     * @param records    live support records in all of them over the days asked for
     * @param byCategory the same records by category, most first
     */
    public record Totals(String tenantCode, LocalDate from, LocalDate to, long tenants, long records,
                         List<CategoryTotal> byCategory) {}

    @Inject
    EntityManager em;

    /**
     * Totals of the tenant the request has entered over the Vietnam days {@code from} to {@code to}, both
     * included, either open when null.
     */
    @Transactional
    public Totals of(String tenantCode, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select category_code, records from support_rollup(:root, :from, :to)")
                .setParameter("root", tenantCode).setParameter("from", from).setParameter("to", to).getResultList();
        List<CategoryTotal> byCategory = rows.stream()
                .map(row -> new CategoryTotal((String) row[0], ((Number) row[1]).longValue())).toList();
        long tenants = ((Number) em.createNativeQuery("select count(*) from tenant_rollup(:root)")
                .setParameter("root", tenantCode).getSingleResult()).longValue();
        return new Totals(tenantCode, from, to, tenants, byCategory.stream().mapToLong(CategoryTotal::records).sum(),
                byCategory);
    }
}
