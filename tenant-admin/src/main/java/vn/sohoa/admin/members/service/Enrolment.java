package vn.sohoa.admin.members.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.sohoa.platform.problem.Problem;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.problem.ProblemType;
import vn.sohoa.platform.tenancy.domain.Membership;
import vn.sohoa.platform.tenancy.domain.Role;

/**
 * Brings a person into the current tenant: links them when the identity provider knows their username,
 * else invites them first. The API and the UI both come this way, so both hand out the one temporary
 * password an invitation makes.
 */
@ApplicationScoped
public class Enrolment {

    /**
     * A membership just given.
     *
     * @param temporaryPassword the first password of an account created for it; empty when the person had one
     */
    public record Enrolled(Membership membership, Optional<String> temporaryPassword) {}

    @Inject
    IdentityDirectory people;

    @Inject
    MembershipService memberships;

    /**
     * Gives the person with {@code username} the role in the tenant entered for the request. A username the
     * identity provider does not know is invited with what {@code invitation} supplies, which throws when the
     * caller gave too little to invite anyone. An account created here is removed again when the membership
     * cannot be recorded, so a failure leaves no account nobody can use.
     */
    public Enrolled enrol(String username, Supplier<Invitation> invitation, Role role) {
        Optional<Person> known = people.findByUsername(username);
        return known.isPresent() ? new Enrolled(memberships.add(known.get(), role), Optional.empty())
                : invite(invitation.get(), role);
    }

    /**
     * Gives a person new to the identity provider an account and the role in the tenant entered for the
     * request. 409 when the username already has an account: an invitation form asks for a name and email
     * that an existing account would silently ignore.
     */
    public Enrolled enrolNew(Invitation invitation, Role role) {
        if (people.findByUsername(invitation.username()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "The username " + invitation.username()
                    + " already has an account; add the person by username instead.",
                    List.of(new Problem.FieldError("username", "already has an account")));
        }
        return invite(invitation, role);
    }

    /** Creates the account, then the membership; an account whose membership fails is removed again. */
    private Enrolled invite(Invitation invitation, Role role) {
        Invited invited = people.invite(invitation);
        try {
            return new Enrolled(memberships.add(invited.person(), role), Optional.of(invited.temporaryPassword()));
        } catch (RuntimeException notAdded) {
            people.withdraw(invited.person());
            throw notAdded;
        }
    }
}
