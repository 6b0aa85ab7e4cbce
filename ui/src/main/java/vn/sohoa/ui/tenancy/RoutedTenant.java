package vn.sohoa.ui.tenancy;

import java.io.Serializable;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.Permission;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;

/**
 * The tenant a page's route names ({@code /t/{code}/…}), for the person signed in. A page gets it when it is
 * entered and hands it to its panels and forms; each event handler and data-provider fetch calls
 * {@link #enter} before it calls a service, because every Vaadin round trip is a new HTTP request with a fresh
 * tenant context. It lives in the page's components, never in the Vaadin session, so two browser tabs on two
 * tenants each act on their own.
 */
public final class RoutedTenant implements Serializable {

    private final TenantSnapshot tenant;
    private final TenantRoutes routes;

    RoutedTenant(TenantSnapshot tenant, TenantRoutes routes) {
        this.tenant = tenant;
        this.routes = routes;
    }

    public String code() {
        return tenant.code();
    }

    /** The tenant as it was when the page was entered: its name, kind and status to show. */
    public TenantSnapshot tenant() {
        return tenant;
    }

    /** The person signed in, as the current request's identity vouches for them. */
    public Caller caller() {
        return routes.caller();
    }

    /**
     * Enters the tenant for the rest of this request, checking the person's memberships again; call it before
     * any service that reads or changes the tenant's data.
     *
     * @throws ProblemException 404 when the person may no longer see the tenant, 403 when {@code access} is not
     *                          theirs, 409 when it writes and the tenant is not active
     */
    public TenantSnapshot enter(Permission access) {
        return routes.enter(code(), access);
    }

    /** Whether the person holds {@code access} in the tenant, without entering it. */
    public boolean allows(Permission access) {
        return routes.allows(code(), access);
    }

    /** Whether the person may configure the tenant (and so sees the editing controls). */
    public boolean administered() {
        return allows(Access.ADMINISTER);
    }

    /** Whether the person may suspend, reactivate, archive or restructure the tenant (from above it). */
    public boolean governed() {
        return allows(Access.GOVERN);
    }
}
