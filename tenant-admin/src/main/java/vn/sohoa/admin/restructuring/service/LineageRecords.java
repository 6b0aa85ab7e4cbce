package vn.sohoa.admin.restructuring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import vn.sohoa.platform.tenancy.domain.Tenant;
import vn.sohoa.platform.tenancy.domain.TenantChanged;
import vn.sohoa.platform.tenancy.domain.TenantStatus;

/** Ends predecessors and links them to their successors. */
@ApplicationScoped
class LineageRecords {

    @Inject
    EntityManager em;

    @Inject
    Event<TenantChanged> changes;

    /** Links {@code predecessor} to {@code successor} as of {@code date}. */
    void link(String predecessor, String successor, String kind, LocalDate date) {
        em.createNativeQuery("""
                        insert into tenant_lineage (predecessor_code, successor_code, kind, effective_date)
                        values (:predecessor, :successor, :kind, :date)""")
                .setParameter("predecessor", predecessor).setParameter("successor", successor)
                .setParameter("kind", kind).setParameter("date", date).executeUpdate();
    }

    /** Ends the tenant on {@code date}, saying why; its records stay where they are. */
    void end(Tenant tenant, LocalDate date, TenantStatus status, String reason) {
        tenant.endOn(date, status, reason);
        changes.fire(new TenantChanged(tenant.code()));
    }
}
