package vn.sohoa.admin.restructuring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.Tenant;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * Who may restructure what. Restructuring a tenant is decided from above ({@link Access#GOVERN}): by
 * an administrator of one of its ancestors, or a province administrator. Never by the tenant's own
 * administrators. Where a tenant is placed, the caller administers the receiving parent.
 */
@ApplicationScoped
public class RestructuringRules {

    @Inject
    TenantGate gate;

    @Inject
    EntityManager em;

    /**
     * The tenant with this code, checked to be one the caller governs and one that has not ended. 404
     * when the caller cannot see it, 403 when they do not govern it, 409 when it has ended.
     */
    Tenant restructurable(Caller caller, String code) {
        TenantSnapshot tenant = gate.check(caller, code, Access.GOVERN);
        if (tenant.status().isFinal()) {
            throw ProblemException.conflict("Tenant " + tenant.code() + " has ended (" + tenant.status()
                    + ") and cannot be restructured.");
        }
        return em.find(Tenant.class, code);
    }

    /**
     * The caller administers this parent, which must be active; a null parent (top level) needs a
     * province administrator.
     */
    void requireAdministers(Caller caller, String parentCode) {
        if (parentCode == null) {
            if (!caller.provinceAdmin()) {
                throw ProblemException.forbidden("Only a province administrator places tenants at the top level.");
            }
            return;
        }
        gate.check(caller, parentCode, Access.ADMINISTER);
    }
}
