package vn.sohoa.platform.teams.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * Who reads the phone numbers of a tenant's team members: only the people who run its teams, its own
 * tenant administrators and team leaders. Everyone else who reads the teams (viewers and team members
 * of the tenant, memberships in its ancestors, the province administrator) monitors them and gets no
 * phone number: personal data goes only to those who need it (Decree 13/2023).
 */
@ApplicationScoped
public class PhoneReaders {

    @Inject
    TenantGate gate;

    /** Whether {@code caller} may read the phone numbers of the team members of {@code tenant}. */
    public boolean include(Caller caller, TenantSnapshot tenant) {
        return gate.standing(caller, tenant).holdsHere(Role.TENANT_ADMIN, Role.TEAM_LEADER);
    }
}
