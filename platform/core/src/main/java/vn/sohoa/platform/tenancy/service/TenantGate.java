package vn.sohoa.platform.tenancy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.MDC;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.MembershipGrant;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;

/**
 * The one way into a tenant. Checks the tenant named in the URL against the caller's memberships and
 * makes it the current tenant of the request. A tenant the caller may not see does not exist for them
 * (404, whether or not it exists); one they see but may not change is a 403.
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
     * {@code access} there. Call it before any transaction of the request starts.
     *
     * @return the tenant entered
     * @throws ProblemException 404 when the caller may not see the tenant, 403 when they see it but
     *                          {@code access} is not theirs
     */
    public TenantSnapshot enter(Caller caller, String code, Access access) {
        TenantSnapshot tenant = check(caller, code, access);
        context.enter(tenant.code(), caller.subject());
        MDC.put("tenant", tenant.code());
        return tenant;
    }

    /** Like {@link #enter} but leaves the current tenant as it is. */
    public TenantSnapshot check(Caller caller, String code, Access access) {
        MDC.put("user", caller.username());
        TenantSnapshot tenant = directory.find(code).orElseThrow(() -> notFound(code));
        if (caller.provinceAdmin()) {
            return tenant;
        }
        List<MembershipGrant> mine = grants.of(caller.subject());
        if (mine.stream().noneMatch(grant -> grant.covers(tenant))) {
            throw notFound(code);
        }
        if (access == Access.ADMINISTER && mine.stream()
                .noneMatch(grant -> grant.role() == Role.TENANT_ADMIN && grant.covers(tenant))) {
            throw ProblemException.forbidden("Only a tenant administrator of " + code + " may do this.");
        }
        return tenant;
    }

    private static ProblemException notFound(String code) {
        return ProblemException.notFound("There is no tenant " + code + ".");
    }
}
