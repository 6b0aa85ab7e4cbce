package vn.sohoa.admin.restructuring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.Tenant;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.domain.TenantStatus;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * Who may restructure what. Restructuring a tenant is decided one level up: by an administrator of
 * its parent (or of an ancestor), or a province administrator for a top-level tenant. Never by the
 * tenant's own administrators.
 */
@ApplicationScoped
public class RestructuringRules {

    @Inject
    TenantGate gate;

    @Inject
    EntityManager em;

    /**
     * The tenant with this code, checked to be one the caller may restructure and one that has not
     * ended. 404 when the caller cannot see it, 403 when they do not administer its parent, 409 when
     * it has ended.
     */
    Tenant restructurable(Caller caller, String code) {
        TenantSnapshot tenant = gate.check(caller, code, Access.READ);
        requireAdministers(caller, tenant.parentCode());
        requireLive(tenant);
        return em.find(Tenant.class, code);
    }

    /** The caller administers this parent; a null parent (top level) needs a province administrator. */
    void requireAdministers(Caller caller, String parentCode) {
        if (parentCode == null) {
            if (!caller.provinceAdmin()) {
                throw ProblemException.forbidden("Only a province administrator restructures top-level tenants.");
            }
            return;
        }
        requireLive(gate.check(caller, parentCode, Access.ADMINISTER));
    }

    private static void requireLive(TenantSnapshot tenant) {
        if (tenant.status() == TenantStatus.MERGED || tenant.status() == TenantStatus.ARCHIVED) {
            throw ProblemException.conflict("Tenant " + tenant.code() + " has ended (" + tenant.status()
                    + ") and cannot be restructured.");
        }
    }
}
