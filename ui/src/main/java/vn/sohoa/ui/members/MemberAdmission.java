package vn.sohoa.ui.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.sohoa.admin.members.service.Enrolment;
import vn.sohoa.admin.members.service.Invitation;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.ui.tenancy.RoutedTenant;

/**
 * Gives a person a role in a tenant: someone the identity provider knows, found by username (from
 * the members tab and from the offers after a merge, which grant nothing until someone clicks), or someone
 * new, invited with their name and email.
 */
@ApplicationScoped
public class MemberAdmission {

    @Inject
    Enrolment enrolment;

    /**
     * Adds the person to the tenant with {@code role}.
     *
     * @throws ProblemException 404 when nobody has this username, 409 when they are a member already,
     *                          403 when the signed-in person does not administer the tenant
     */
    public void admit(RoutedTenant tenant, String username, Role role) {
        tenant.enter(Access.ADMINISTER);
        enrolment.enrol(username, () -> {
            throw ProblemException.notFound("Nobody has the username " + username + ".");
        }, role);
    }

    /**
     * Creates an account for a person new to Sohoa and adds them to the tenant with {@code role}.
     *
     * @return the new account's temporary password, to be shown once
     * @throws ProblemException 409 when the username already has an account
     */
    String invite(RoutedTenant tenant, Invitation invitation, Role role) {
        tenant.enter(Access.ADMINISTER);
        return enrolment.enrolNew(invitation, role).temporaryPassword().orElseThrow();
    }
}
