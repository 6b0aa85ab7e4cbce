package vn.sohoa.platform.tenancy.domain;

/** The kernel's permissions in a tenant; features add their own {@link Permission}s. */
public enum Access implements Permission {
    /** Read the tenant's data: any membership but LEARNER in it or in an ancestor. */
    READ(false) {
        @Override
        public boolean allows(Standing standing) {
            return standing.monitors();
        }
    },
    /** Configure the tenant: TENANT_ADMIN of it or of an ancestor, or province-admin. Only an ACTIVE tenant allows it. */
    ADMINISTER(true) {
        @Override
        public boolean allows(Standing standing) {
            return standing.holdsHereOrAbove(Role.TENANT_ADMIN);
        }
    },
    /**
     * Read what only administrators see, such as the audit trail: TENANT_ADMIN of the tenant or of an
     * ancestor, or province-admin. Allowed whatever the tenant's status, so the history of a suspended,
     * archived or merged tenant stays open to those who answer for it.
     */
    INSPECT(false) {
        @Override
        public boolean allows(Standing standing) {
            return standing.holdsHereOrAbove(Role.TENANT_ADMIN);
        }
    },
    /**
     * Change the tenant's registry entry and life-cycle from above: TENANT_ADMIN of an ancestor (never of
     * the tenant itself, so a unit cannot suspend or archive itself), or province-admin. Allowed whatever
     * the tenant's status, because it is what changes the status.
     */
    GOVERN(false) {
        @Override
        public boolean allows(Standing standing) {
            return standing.holdsAbove(Role.TENANT_ADMIN);
        }

        @Override
        public String refusal(String tenantCode) {
            return "Only a tenant administrator of a unit above " + tenantCode + " may do this.";
        }
    };

    private final boolean writesTenantData;

    Access(boolean writesTenantData) {
        this.writesTenantData = writesTenantData;
    }

    @Override
    public boolean writesTenantData() {
        return writesTenantData;
    }

    @Override
    public String refusal(String tenantCode) {
        return "Only a tenant administrator of " + tenantCode + " may do this.";
    }
}
