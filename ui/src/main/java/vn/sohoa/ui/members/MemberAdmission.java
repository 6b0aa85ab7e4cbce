package vn.sohoa.ui.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.sohoa.admin.members.service.IdentityDirectory;
import vn.sohoa.admin.members.service.MembershipService;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.ui.tenancy.CurrentTenant;

/**
 * Gives a person a role in the chosen tenant, found by username at the identity provider: from the
 * members tab and from the offers after a merge, which grant nothing until someone clicks.
 */
@ApplicationScoped
public class MemberAdmission {

    @Inject
    CurrentTenant tenant;

    @Inject
    IdentityDirectory people;

    @Inject
    MembershipService memberships;

    /**
     * Adds the person to the chosen tenant with {@code role}.
     *
     * @throws ProblemException 404 when nobody has this username, 409 when they are a member already,
     *                          403 when the signed-in person does not administer the tenant
     */
    public void admit(String username, Role role) {
        tenant.enter(Access.ADMINISTER);
        var person = people.findByUsername(username)
                .orElseThrow(() -> ProblemException.notFound("Nobody has the username " + username + "."));
        memberships.add(person, role);
    }
}
