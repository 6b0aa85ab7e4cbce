package vn.sohoa.platform.teams.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.service.MembershipGrants;

/**
 * Who reads the phone numbers of a tenant's team members: only the people who run its teams, its own
 * tenant administrators and team leaders. Everyone else who reads the teams (viewers and team members
 * of the tenant, memberships in its ancestors, the province administrator) monitors them and gets no
 * phone number: personal data goes only to those who need it (Decree 13/2023).
 */
@ApplicationScoped
public class PhoneReaders {

    private static final Set<Role> READERS = Set.of(Role.TENANT_ADMIN, Role.TEAM_LEADER);

    @Inject
    MembershipGrants grants;

    /** Whether {@code caller} may read the phone numbers of the team members of the tenant {@code tenantCode}. */
    public boolean include(Caller caller, String tenantCode) {
        return grants.of(caller.subject()).stream()
                .anyMatch(grant -> grant.tenantCode().equals(tenantCode) && READERS.contains(grant.role()));
    }
}
