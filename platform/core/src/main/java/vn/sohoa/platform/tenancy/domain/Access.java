package vn.sohoa.platform.tenancy.domain;

/** What a request needs to do in a tenant. */
public enum Access {
    /** Read the tenant's data: any membership in it or in an ancestor. */
    READ(false),
    /** Configure the tenant: TENANT_ADMIN of it or of an ancestor, or province-admin. Only an ACTIVE tenant allows it. */
    ADMINISTER(true),
    /**
     * Read what only administrators see, such as the audit trail: TENANT_ADMIN of the tenant or of an
     * ancestor, or province-admin. Allowed whatever the tenant's status, so the history of a suspended,
     * archived or merged tenant stays open to those who answer for it.
     */
    INSPECT(false),
    /**
     * Change the tenant's registry entry and life-cycle from above: TENANT_ADMIN of an ancestor (never of
     * the tenant itself, so a unit cannot suspend or archive itself), or province-admin. Allowed whatever
     * the tenant's status, because it is what changes the status.
     */
    GOVERN(false),
    /**
     * Log citizen support: TEAM_MEMBER or TEAM_LEADER of the tenant itself (a team works in one place), or
     * TENANT_ADMIN of it or of an ancestor, or province-admin. Only an ACTIVE tenant allows it.
     */
    LOG_SUPPORT(true),
    /**
     * Correct or remove support logged by someone else: TEAM_LEADER of the tenant itself, or TENANT_ADMIN
     * of it or of an ancestor, or province-admin. Only an ACTIVE tenant allows it.
     */
    SUPERVISE_SUPPORT(true);

    private final boolean writesTenantData;

    Access(boolean writesTenantData) {
        this.writesTenantData = writesTenantData;
    }

    /**
     * Whether this access changes the tenant's own data, which only an ACTIVE tenant accepts. A new
     * access level that writes must say {@code true}, so the gate refuses it in an inactive tenant.
     */
    public boolean writesTenantData() {
        return writesTenantData;
    }
}
