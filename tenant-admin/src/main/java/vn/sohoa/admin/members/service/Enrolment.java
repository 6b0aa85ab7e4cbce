package vn.sohoa.admin.members.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;
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
        if (known.isPresent()) {
            return new Enrolled(memberships.add(known.get(), role), Optional.empty());
        }
        Invited invited = people.invite(invitation.get());
        try {
            return new Enrolled(memberships.add(invited.person(), role), Optional.of(invited.temporaryPassword()));
        } catch (RuntimeException notAdded) {
            people.withdraw(invited.person());
            throw notAdded;
        }
    }
}
