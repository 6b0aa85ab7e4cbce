package vn.sohoa.admin.restructuring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/**
 * Re-parents tenants through the database function {@code move_tenant}, the only way a tenant's parent
 * changes: it records the move in {@code tenant_move} in the same statement, so a move and a merge that
 * takes over a source's children both leave their history, and the application role cannot re-parent
 * a tenant without leaving it.
 */
@ApplicationScoped
class TenantMoves {

    @Inject
    EntityManager em;

    /** Hangs {@code code}, with its subtree, under {@code newParentCode} as of {@code effectiveDate}. */
    void move(String code, String newParentCode, LocalDate effectiveDate) {
        em.createNativeQuery("select 1 from move_tenant(:code, :parent, :date)")
                .setParameter("code", code).setParameter("parent", newParentCode)
                .setParameter("date", effectiveDate).getSingleResult();
    }
}
