package vn.sohoa.platform.tenancy.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.Permission;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;

/**
 * The tenant an API request names in its route ({@code /api/v1/tenants/{code}/…}) and the caller who
 * asks. A resource method states the permission it needs in one call, {@code route.enter(Access.READ)},
 * before it calls a service; this is the only place that reads {@code {code}}.
 */
@RequestScoped
public class TenantRoute {

    /** The path parameter that names the tenant in every tenant-scoped route. */
    public static final String CODE = "code";

    @Inject
    UriInfo uri;

    @Inject
    SecurityIdentity identity;

    @Inject
    TenantGate gate;

    /**
     * Enters the route's tenant for the rest of the request, as {@link TenantGate#enter} does.
     *
     * @throws vn.sohoa.platform.problem.ProblemException 404, 403 or 409 as {@link TenantGate#enter}
     */
    public TenantSnapshot enter(Permission permission) {
        return gate.enter(caller(), code(), permission);
    }

    /** Checks the route's tenant as {@link TenantGate#check} does, without entering it. */
    public TenantSnapshot check(Permission permission) {
        return gate.check(caller(), code(), permission);
    }

    /** Whether the caller may also do {@code permission} in the tenant entered; never fails. */
    public boolean permits(Permission permission) {
        return gate.permitsHere(caller(), permission);
    }

    /** Whether the caller governs the entered tenant from above (see {@link TenantGate#governs}). */
    public boolean governs() {
        return gate.governs(caller(), gate.here());
    }

    /** The person behind the request. */
    public Caller caller() {
        return Caller.of(identity);
    }

    /** The tenant code of the route. */
    public String code() {
        String code = uri.getPathParameters().getFirst(CODE);
        if (code == null) {
            throw new IllegalStateException(uri.getPath() + " names no tenant");
        }
        return code;
    }
}
