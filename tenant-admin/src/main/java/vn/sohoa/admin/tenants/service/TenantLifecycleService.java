package vn.sohoa.admin.tenants.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Tenant;
import vn.sohoa.platform.tenancy.domain.TenantChanged;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.domain.TenantStatus;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * Changes a tenant's registry entry and life-cycle state. Callers check first that the person governs
 * the tenant ({@code Access.GOVERN}); every change drops the cached entry on every node.
 */
@ApplicationScoped
public class TenantLifecycleService {

    @Inject
    EntityManager em;

    @Inject
    Event<TenantChanged> changes;

    @Inject
    Clock clock;

    /**
     * Renames a tenant or corrects its kind.
     *
     * @throws ProblemException 409 {@code stale-version} when {@code expectedVersion} is not the stored
     *                          version, 409 {@code tenant-not-active} when the tenant is archived or merged
     */
    @Transactional
    public Tenant describe(String code, String name, TenantKind kind, long expectedVersion) {
        Tenant tenant = existing(code);
        if (tenant.status().isFinal()) {
            throw TenantGate.notActive(TenantSnapshot.of(tenant));
        }
        OptimisticVersion.check("Tenant " + code, tenant.version(), expectedVersion);
        tenant.describe(name, kind);
        return changed(tenant);
    }

    /**
     * Suspends, reactivates or archives a tenant. Allowed: ACTIVE to SUSPENDED and back, ACTIVE or
     * SUSPENDED to ARCHIVED; merged and archived tenants stay as they are.
     *
     * @param reason why, for the people the change affects; may be null
     * @throws ProblemException 409 when the tenant's current state may not become {@code next}
     */
    @Transactional
    public Tenant changeStatus(String code, TenantStatus next, String reason) {
        Tenant tenant = existing(code);
        if (!tenant.status().canBecome(next)) {
            throw ProblemException.conflict(tenant.status() == next
                    ? "Tenant " + code + " is already " + word(next) + "."
                    : "Tenant " + code + " is " + word(tenant.status()) + " and cannot become " + word(next)
                            + ": only active and suspended tenants change state; merged and archived ones are final.");
        }
        tenant.changeStatus(next, reason, VietnamCalendar.today(clock));
        return changed(tenant);
    }

    private Tenant changed(Tenant tenant) {
        em.flush();
        changes.fire(new TenantChanged(tenant.code()));
        return tenant;
    }

    private Tenant existing(String code) {
        Tenant tenant = em.find(Tenant.class, code);
        if (tenant == null) {
            throw ProblemException.notFound("There is no tenant " + code + ".");
        }
        return tenant;
    }

    private static String word(TenantStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
