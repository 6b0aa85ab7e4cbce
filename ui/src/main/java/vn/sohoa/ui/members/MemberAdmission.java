package vn.sohoa.ui.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.sohoa.admin.members.service.Enrolment;
import vn.sohoa.admin.members.service.Invitation;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.ui.tenancy.CurrentTenant;

/**
 * Gives a person a role in the chosen tenant: someone the identity provider knows, found by username (from
 * the members tab and from the offers after a merge, which grant nothing until someone clicks), or someone
 * new, invited with their name and email.
 */
@ApplicationScoped
public class MemberAdmission {

    @Inject
    CurrentTenant tenant;

    @Inject
    Enrolment enrolment;

    /**
     * Adds the person to the chosen tenant with {@code role}.
     *
     * @throws ProblemException 404 when nobody has this username, 409 when they are a member already,
     *                          403 when the signed-in person does not administer the tenant
     */
    public void admit(String username, Role role) {
        tenant.enter(Access.ADMINISTER);
        enrolment.enrol(username, () -> {
            throw ProblemException.notFound("Nobody has the username " + username + ".");
        }, role);
    }

    /**
     * Adds the person to the chosen tenant with {@code role}, creating their account when they have none.
     *
     * @return the new account's temporary password, to be shown once; empty when the person had an account
     */
    Optional<String> invite(Invitation invitation, Role role) {
        tenant.enter(Access.ADMINISTER);
        return enrolment.enrol(invitation.username(), () -> invitation, role).temporaryPassword();
    }
}
