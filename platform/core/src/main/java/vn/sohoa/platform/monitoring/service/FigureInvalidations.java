package vn.sohoa.platform.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import vn.sohoa.platform.support.service.SupportLogChanged;
import vn.sohoa.platform.support.service.SupportLogged;
import vn.sohoa.platform.teams.service.TeamsChanged;
import vn.sohoa.platform.tenancy.domain.MembershipsChanged;
import vn.sohoa.platform.tenancy.domain.TenantChanged;
import vn.sohoa.platform.tenancy.domain.TenantsChanged;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * Drops cached dashboard figures on every node once a write that changes them has ended. A write in a tenant
 * changes the figures of the tenant and of each of its ancestors, whose ids its path lists; writes happen only
 * in live tenants, which no merge has folded into another, so the path is all. A change of the hierarchy (a
 * tenant created, renamed, moved, merged, split or ended) drops every dashboard. Dropping also after a rollback
 * keeps a read made inside the failed transaction from staying cached.
 *
 * <p>A feature whose writes change its section's figures adds an observer of its own event here; the writes of
 * pilots, training, certificates and periodic reports, which announce none, are watched by {@link FigureWrites}.
 */
@ApplicationScoped
class FigureInvalidations {

    @Inject
    Dashboards dashboards;

    @Inject
    TenantGate gate;

    void logged(@Observes(during = TransactionPhase.AFTER_COMPLETION) SupportLogged written) {
        dropHere();
    }

    void corrected(@Observes(during = TransactionPhase.AFTER_COMPLETION) SupportLogChanged changed) {
        dropHere();
    }

    void teams(@Observes(during = TransactionPhase.AFTER_COMPLETION) TeamsChanged changed) {
        dropHere();
    }

    void tenant(@Observes(during = TransactionPhase.AFTER_COMPLETION) TenantChanged changed) {
        dashboards.invalidateAll();
    }

    void tenants(@Observes(during = TransactionPhase.AFTER_COMPLETION) TenantsChanged changed) {
        dashboards.invalidateAll();
    }

    // A person's membership changed: their assigned courses follow (training figures of the tenant).
    void moved(@Observes(during = TransactionPhase.AFTER_COMPLETION) MembershipsChanged changed) {
        if (changed.subject() == null) {
            dashboards.invalidateAll();
        } else {
            try {
                dropHere();
            } catch (IllegalStateException noTenantEntered) {
                dashboards.invalidateAll();
            }
        }
    }

    private void dropHere() {
        dashboards.invalidate(gate.here().path());
    }
}
