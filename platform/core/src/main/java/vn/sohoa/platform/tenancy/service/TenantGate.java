package vn.sohoa.platform.tenancy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.MDC;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.problem.ProblemType;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.Permission;
import vn.sohoa.platform.tenancy.domain.Standing;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.domain.TenantStatus;

/**
 * The one way into a tenant. Checks the tenant named in the URL against the caller's memberships and
 * makes it the current tenant of the request. A tenant the caller may not see does not exist for them
 * (404, whether or not it exists); one they see but may not change is a 403; one that is not ACTIVE
 * refuses every permission that writes its data (409), so no feature can forget to check. The kernel
 * works out the caller's {@link Standing} in the tenant; the {@link Permission} asked for decides.
 */
@ApplicationScoped
public class TenantGate {

    @Inject
    TenantDirectory directory;

    @Inject
    MembershipGrants grants;

    @Inject
    TenantContext context;

    /**
     * Enters the tenant with this code for the rest of the request, after checking the caller may do
     * {@code permission} there. Call it before any transaction of the request starts. A resource names
     * its tenant in the route and calls {@link TenantRoute#enter} instead.
     *
     * @return the tenant entered
     * @throws ProblemException 404 when the caller may not see the tenant, 403 when they see it but
     *                          {@code permission} is not theirs, 409 when {@code permission} writes and the
     *                          tenant is not ACTIVE
     */
    public TenantSnapshot enter(Caller caller, String code, Permission permission) {
        TenantSnapshot tenant = check(caller, code, permission);
        context.enter(tenant.code(), caller.subject());
        MDC.put("tenant", tenant.code());
        return tenant;
    }

    /** Like {@link #enter} but leaves the current tenant as it is. */
    public TenantSnapshot check(Caller caller, String code, Permission permission) {
        MDC.put("user", caller.username());
        TenantSnapshot tenant = directory.find(code).orElseThrow(() -> notFound(code));
        if (!caller.provinceAdmin()) {
            Standing standing = standing(caller, tenant);
            if (!standing.sees()) {
                throw notFound(tenant.code());
            }
            if (!permission.allows(standing)) {
                throw ProblemException.forbidden(permission.refusal(tenant.code()));
            }
        }
        if (permission.writesTenantData() && tenant.status() != TenantStatus.ACTIVE) {
            throw notActive(tenant);
        }
        return tenant;
    }

    /** Which roles the caller holds in {@code tenant} itself and in its ancestors. */
    public Standing standing(Caller caller, TenantSnapshot tenant) {
        return Standing.of(grants.of(caller.subject()), tenant);
    }

    /**
     * Whether the caller may do {@code permission} in {@code tenant}, without failing the request: for a
     * feature that lets more people act on their own records than on other people's.
     */
    public boolean permits(Caller caller, TenantSnapshot tenant, Permission permission) {
        return caller.provinceAdmin() || permission.allows(standing(caller, tenant));
    }

    /** Like {@link #permits(Caller, TenantSnapshot, Permission)} in the tenant the request has entered. */
    public boolean permitsHere(Caller caller, Permission permission) {
        return permits(caller, here(), permission);
    }

    /**
     * Whether the caller administers {@code tenant} from above: a province administrator, or a
     * TENANT_ADMIN of one of its ancestors. Such a caller governs the tenant's life-cycle and may leave it
     * without an administrator of its own.
     */
    public boolean governs(Caller caller, TenantSnapshot tenant) {
        return permits(caller, tenant, Access.GOVERN);
    }

    /** The tenant this request has entered. */
    public TenantSnapshot here() {
        String code = context.tenantCode().orElseThrow(() -> new IllegalStateException("No tenant entered"));
        return directory.find(code).orElseThrow(() -> notFound(code));
    }

    /**
     * The tenant this request has entered as far as this node has it cached, without reading the database: for
     * callers inside Hibernate's own events, where a query would flush an entity that is being persisted. Empty when
     * no tenant is entered or it is not cached.
     */
    public Optional<TenantSnapshot> hereIfCached() {
        return context.tenantCode().flatMap(directory::cached);
    }

    /** The 409 for a change inside a tenant that is suspended, archived or merged. */
    public static ProblemException notActive(TenantSnapshot tenant) {
        String reason = tenant.statusReason() == null ? "" : " (" + tenant.statusReason() + ")";
        return new ProblemException(ProblemType.TENANT_NOT_ACTIVE, "Tenant " + tenant.code() + " is "
                + tenant.status().name().toLowerCase(Locale.ROOT) + reason
                + "; its data can be read but not changed.");
    }

    private static ProblemException notFound(String code) {
        return ProblemException.notFound("There is no tenant " + code + ".");
    }
}
