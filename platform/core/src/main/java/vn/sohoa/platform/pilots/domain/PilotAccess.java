package vn.sohoa.platform.pilots.domain;

import vn.sohoa.platform.tenancy.domain.Permission;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.domain.Standing;

/**
 * Who may do what with a unit's pilot models. A province administrator passes every one (the gate's rule).
 * The unit runs its pilots; the governing level, strictly above it, decides on them, so a unit never approves
 * or evaluates its own pilot.
 */
public enum PilotAccess implements Permission {
    /** Read pilots, measurements and evidence: any membership in the unit or an ancestor. */
    READ(false) {
        @Override
        public boolean allows(Standing standing) {
            return standing.sees();
        }
    },
    /**
     * Create and edit a pilot, propose it, start it once approved, record measurements and evidence, write
     * the interim review and the self-assessment: TENANT_ADMIN of the unit itself.
     */
    MANAGE(true) {
        @Override
        public boolean allows(Standing standing) {
            return standing.holdsHere(Role.TENANT_ADMIN);
        }

        @Override
        public String refusal(String tenantCode) {
            return "Only a tenant administrator of " + tenantCode + " may run its pilot models.";
        }
    },
    /**
     * Return or approve a proposal, evaluate, recognise, stop, close and replicate: TENANT_ADMIN of a strict
     * ancestor of the unit (never of the unit itself).
     */
    GOVERN(true) {
        @Override
        public boolean allows(Standing standing) {
            return standing.holdsAbove(Role.TENANT_ADMIN);
        }

        @Override
        public String refusal(String tenantCode) {
            return "Only a tenant administrator of a unit above " + tenantCode
                    + " may decide on its pilot models; a unit never approves or evaluates its own.";
        }
    };

    private final boolean writesTenantData;

    PilotAccess(boolean writesTenantData) {
        this.writesTenantData = writesTenantData;
    }

    @Override
    public boolean writesTenantData() {
        return writesTenantData;
    }

    @Override
    public String refusal(String tenantCode) {
        return "You may not read the pilot models of " + tenantCode + ".";
    }
}
