package vn.sohoa.platform.tenancy.service;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Who is acting and in which tenant, for the current request. Hibernate's tenant resolver and the
 * row-level-security connection set-up both read it; {@link TenantGate} is the only writer.
 *
 * <p>A connection takes the values in force when a transaction first uses it, so a transaction works
 * inside one tenant: enter the tenant before the transaction starts.
 */
@RequestScoped
public class TenantContext {

    /** The tenant id used when no tenant is entered; no tenant-scoped row carries it. */
    public static final String NO_TENANT = "~";

    private String tenantCode;
    private String userSubject;

    public Optional<String> tenantCode() {
        return Optional.ofNullable(tenantCode);
    }

    public Optional<String> userSubject() {
        return Optional.ofNullable(userSubject);
    }

    void enter(String tenantCode, String userSubject) {
        this.tenantCode = tenantCode;
        this.userSubject = userSubject;
    }
}
