package vn.sohoa.platform.support.domain;

import vn.sohoa.platform.tenancy.domain.Permission;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.domain.Standing;

/** Who may log support in a tenant and who may change what others logged. Both write the tenant's data. */
public enum SupportAccess implements Permission {
    /**
     * Log citizen support: TEAM_MEMBER or TEAM_LEADER of the tenant itself (a team works in one place), or
     * TENANT_ADMIN of it or of an ancestor, or province-admin.
     */
    LOG {
        @Override
        public boolean allows(Standing standing) {
            return standing.holdsHereOrAbove(Role.TENANT_ADMIN) || standing.holdsHere(Role.TEAM_LEADER, Role.TEAM_MEMBER);
        }

        @Override
        public String refusal(String tenantCode) {
            return "Only team members, team leaders and tenant administrators of " + tenantCode
                    + " may log support there.";
        }
    },
    /**
     * Correct or remove support logged by someone else: TEAM_LEADER of the tenant itself, or TENANT_ADMIN
     * of it or of an ancestor, or province-admin.
     */
    SUPERVISE {
        @Override
        public boolean allows(Standing standing) {
            return standing.holdsHereOrAbove(Role.TENANT_ADMIN) || standing.holdsHere(Role.TEAM_LEADER);
        }

        @Override
        public String refusal(String tenantCode) {
            return "Only a team leader or tenant administrator of " + tenantCode + " may do this.";
        }
    };

    @Override
    public boolean writesTenantData() {
        return true;
    }
}
