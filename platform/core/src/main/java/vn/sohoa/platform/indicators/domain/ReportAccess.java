package vn.sohoa.platform.indicators.domain;

import vn.sohoa.platform.tenancy.domain.Permission;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.domain.Standing;

/** Who fills a unit's report forms and who decides on them. Both write the unit's data. */
public enum ReportAccess implements Permission {
    /** Fill in and submit the unit's forms: TENANT_ADMIN of the unit or of a unit above, or province-admin. */
    FILL {
        @Override
        public boolean allows(Standing standing) {
            return standing.holdsHereOrAbove(Role.TENANT_ADMIN);
        }

        @Override
        public String refusal(String tenantCode) {
            return "Only a tenant administrator of " + tenantCode + " or above may fill its report forms.";
        }
    },
    /**
     * Approve, return or un-approve a unit's form: TENANT_ADMIN of a unit above it, never of the unit itself
     * (nobody approves their own report), or province-admin.
     */
    DECIDE {
        @Override
        public boolean allows(Standing standing) {
            return standing.holdsAbove(Role.TENANT_ADMIN);
        }

        @Override
        public String refusal(String tenantCode) {
            return "A unit cannot approve its own report: only a tenant administrator of a unit above "
                    + tenantCode + " may decide on its forms.";
        }
    };

    @Override
    public boolean writesTenantData() {
        return true;
    }
}
