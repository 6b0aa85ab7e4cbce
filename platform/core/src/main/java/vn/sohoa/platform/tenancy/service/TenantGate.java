package vn.sohoa.platform.tenancy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.MDC;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.problem.ProblemType;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.MembershipGrant;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.domain.TenantStatus;

/**
 * The one way into a tenant. Checks the tenant named in the URL against the caller's memberships and
 * makes it the current tenant of the request. A tenant the caller may not see does not exist for them
 * (404, whether or not it exists); one they see but may not change is a 403; one that is not ACTIVE
 * refuses every access that writes its data (409), so no feature can forget to check.
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
     *                          {@code access} is not theirs, 409 when {@code access} writes and the
     *                          tenant is not ACTIVE
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
        if (!caller.provinceAdmin()) {
            checkMemberships(grants.of(caller.subject()), tenant, access);
        }
        if (access.writesTenantData() && tenant.status() != TenantStatus.ACTIVE) {
            throw notActive(tenant);
        }
        return tenant;
    }

    /**
     * Whether the caller administers {@code tenant} from above: a province administrator, or a
     * TENANT_ADMIN of one of its ancestors. Such a caller governs the tenant's life-cycle and may leave it
     * without an administrator of its own.
     */
    public boolean governs(Caller caller, TenantSnapshot tenant) {
        return caller.provinceAdmin() || grants.of(caller.subject()).stream()
                .anyMatch(grant -> grant.role() == Role.TENANT_ADMIN && grant.coversFromAbove(tenant));
    }

    /** The 409 for a change inside a tenant that is suspended, archived or merged. */
    public static ProblemException notActive(TenantSnapshot tenant) {
        String reason = tenant.statusReason() == null ? "" : " (" + tenant.statusReason() + ")";
        return new ProblemException(ProblemType.TENANT_NOT_ACTIVE, "Tenant " + tenant.code() + " is "
                + tenant.status().name().toLowerCase(Locale.ROOT) + reason
                + "; its data can be read but not changed.");
    }

    private static void checkMemberships(List<MembershipGrant> mine, TenantSnapshot tenant, Access access) {
        if (mine.stream().noneMatch(grant -> grant.covers(tenant))) {
            throw notFound(tenant.code());
        }
        if (!allowed(mine, tenant, access)) {
            throw ProblemException.forbidden(switch (access) {
                case GOVERN -> "Only a tenant administrator of a unit above " + tenant.code() + " may do this.";
                case LOG_SUPPORT -> "Only team members, team leaders and tenant administrators of " + tenant.code()
                        + " may log support there.";
                case SUPERVISE_SUPPORT -> "Only a team leader or tenant administrator of " + tenant.code()
                        + " may do this.";
                default -> "Only a tenant administrator of " + tenant.code() + " may do this.";
            });
        }
    }

    /**
     * Whether the caller may do {@code access} in a tenant they have entered, without failing the request:
     * for a feature that lets more people act on their own records than on other people's.
     */
    public boolean permits(Caller caller, TenantSnapshot tenant, Access access) {
        return caller.provinceAdmin() || allowed(grants.of(caller.subject()), tenant, access);
    }

    private static boolean allowed(List<MembershipGrant> mine, TenantSnapshot tenant, Access access) {
        return switch (access) {
            case READ -> mine.stream().anyMatch(grant -> grant.covers(tenant));
            case ADMINISTER, INSPECT -> mine.stream().anyMatch(grant -> isAdmin(grant) && grant.covers(tenant));
            case GOVERN -> mine.stream().anyMatch(grant -> isAdmin(grant) && grant.coversFromAbove(tenant));
            case LOG_SUPPORT -> mine.stream().anyMatch(grant -> isAdmin(grant) && grant.covers(tenant)
                    || inTenantAs(grant, tenant, Role.TEAM_LEADER, Role.TEAM_MEMBER));
            case SUPERVISE_SUPPORT -> mine.stream().anyMatch(grant -> isAdmin(grant) && grant.covers(tenant)
                    || inTenantAs(grant, tenant, Role.TEAM_LEADER));
        };
    }

    private static boolean inTenantAs(MembershipGrant grant, TenantSnapshot tenant, Role... roles) {
        return grant.tenantCode().equals(tenant.code()) && List.of(roles).contains(grant.role());
    }

    private static boolean isAdmin(MembershipGrant grant) {
        return grant.role() == Role.TENANT_ADMIN;
    }

    private static ProblemException notFound(String code) {
        return ProblemException.notFound("There is no tenant " + code + ".");
    }
}
