package vn.sohoa.platform.tenancy.service;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.sohoa.platform.tenancy.domain.Caller;

/**
 * Who is acting and in which tenant, for the current request. Hibernate's tenant resolver and the
 * row-level-security connection set-up both read it; {@link TenantGate} is the only writer.
 *
 * <p>A connection takes the values in force when a transaction first uses it, so a transaction works
 * inside one tenant: enter the tenant before the transaction starts.
 *
 * <p>The actor, who the audit trail names as the author of a write, is not entered but read from the
 * request's identity, so that a write is attributed to its caller even where no tenant was entered
 * (creating a top-level tenant).
 */
@RequestScoped
public class TenantContext {

    /** The tenant id used when no tenant is entered; no tenant-scoped row carries it. */
    public static final String NO_TENANT = "~";

    @Inject
    SecurityIdentity identity;

    private String tenantCode;
    private String userSubject;

    public Optional<String> tenantCode() {
        return Optional.ofNullable(tenantCode);
    }

    public Optional<String> userSubject() {
        return Optional.ofNullable(userSubject);
    }

    /**
     * The person acting in this request, as the identity provider vouches for them; empty for the
     * platform's own work (no caller, or an anonymous one).
     */
    public Optional<Caller> actor() {
        try {
            if (identity.isAnonymous()) {
                return Optional.empty();
            }
        } catch (AuthenticationFailedException e) {
            // Authentication is lazy: a bad token on a public path fails only now; nobody is acting.
            return Optional.empty();
        }
        if (identity.getPrincipal() instanceof JsonWebToken) {
            return Optional.of(Caller.of(identity));
        }
        String name = identity.getPrincipal().getName();
        return Optional.of(new Caller(name, name, false));
    }

    void enter(String tenantCode, String userSubject) {
        this.tenantCode = tenantCode;
        this.userSubject = userSubject;
    }
}
