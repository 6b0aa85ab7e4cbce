package vn.sohoa.platform.tenancy.domain;

/**
 * Something a request wants to do in a tenant, decided from the caller's {@link Standing} there. The
 * kernel's own are {@link Access}; a feature defines its own (support: logging, supervising) by
 * implementing this, so its rules live beside the feature. {@code TenantGate} asks it only for callers
 * who see the tenant at all (otherwise 404) and never for a province administrator, who may do everything.
 */
public interface Permission {

    /** Whether a caller of this standing in the tenant may do it. */
    boolean allows(Standing standing);

    /**
     * Whether it changes the tenant's own data, which only an ACTIVE tenant accepts (otherwise 409). A
     * permission that writes must say {@code true}, so the gate refuses it in an inactive tenant.
     */
    boolean writesTenantData();

    /** The sentence of the 403 for a caller it does not allow in the tenant with this code. */
    String refusal(String tenantCode);
}
