package vn.sohoa.platform.tenancy.domain;

/** What a request needs to do in a tenant. */
public enum Access {
    /** Read the tenant's data: any membership in it or in an ancestor. */
    READ,
    /** Configure the tenant: TENANT_ADMIN of it or of an ancestor, or province-admin. */
    ADMINISTER
}
