package vn.sohoa.admin.members.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.jboss.logging.Logger;
import vn.sohoa.platform.problem.Problem;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.problem.ProblemType;

/**
 * Finds and creates people at Keycloak through its Admin API, as the service account
 * {@code sohoa-admin}, which holds only the user-management roles Sohoa needs. The one place that
 * talks to the identity provider.
 */
@ApplicationScoped
public class IdentityDirectory {

    private static final Logger LOG = Logger.getLogger(IdentityDirectory.class);

    /** Keycloak asks the new person to choose a password at their first login. */
    static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";

    @Inject
    Keycloak keycloak;

    @Inject
    IdentityConfig config;

    /** The person with exactly this username, or empty. */
    public Optional<Person> findByUsername(String username) {
        try {
            return users().searchByUsername(username, true).stream()
                    .filter(user -> username.equalsIgnoreCase(user.getUsername()))
                    .findFirst()
                    .map(user -> new Person(user.getId(), user.getUsername()));
        } catch (ProcessingException | WebApplicationException e) {
            throw unavailable();
        }
    }

    /**
     * Creates an enabled account for a person new to Sohoa, with their email and name and a temporary
     * password, which Keycloak makes them replace ({@value #UPDATE_PASSWORD}) at their first login. An
     * account whose password cannot be set is removed again, so a failed invitation leaves nothing behind.
     *
     * @throws ProblemException 409 when the username or email already belongs to an account, 422 when
     *                          Keycloak refuses the account for another reason
     */
    public Invited invite(Invitation invitation) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(invitation.username());
        user.setEmail(invitation.email());
        user.setFirstName(invitation.firstName());
        user.setLastName(invitation.lastName());
        user.setEnabled(true);
        user.setRequiredActions(List.of(UPDATE_PASSWORD));
        try (Response response = users().create(user)) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw new ProblemException(ProblemType.CONFLICT, "Another account already uses the username "
                        + invitation.username() + " or the email " + invitation.email() + ".",
                        List.of(new Problem.FieldError("email", "already belongs to another account")));
            }
            if (response.getStatus() != Response.Status.CREATED.getStatusCode()) {
                String refusal = response.readEntity(String.class);
                LOG.warnf("Keycloak refused the account %s: %d %s", invitation.username(), response.getStatus(), refusal);
                throw new ProblemException(ProblemType.UNPROCESSABLE,
                        "The identity provider refused the new account " + invitation.username() + ".");
            }
            Person person = new Person(CreatedResponseUtil.getCreatedId(response),
                    invitation.username().toLowerCase(Locale.ROOT));
            return new Invited(person, firstPassword(person));
        } catch (ProcessingException | WebApplicationException e) {
            throw unavailable();
        }
    }

    /**
     * Removes an account just created by {@link #invite} that cannot be used: its first password or its
     * membership could not be recorded. A person left with an account but no way in could never be invited
     * again, because the next try would find the account and only link it.
     */
    public void withdraw(Person invited) {
        try {
            users().delete(invited.subject()).close();
        } catch (ProcessingException | WebApplicationException e) {
            LOG.errorf("The unusable new account %s could not be removed; remove it in the Keycloak console: %s",
                    invited.username(), e.getMessage());
        }
    }

    /** Sets a temporary password on the new account; an account left without one is removed again. */
    private String firstPassword(Person invited) {
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(TemporaryPassword.generate());
        password.setTemporary(true);
        try {
            users().get(invited.subject()).resetPassword(password);
            return password.getValue();
        } catch (RuntimeException notSet) {
            LOG.warnf("No first password could be set for the new account %s (%s); the account is removed again",
                    invited.username(), notSet.getMessage());
            withdraw(invited);
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    "The identity provider refused a first password for the new account; nobody was invited.");
        }
    }

    private UsersResource users() {
        return keycloak.realm(config.realm()).users();
    }

    private static ProblemException unavailable() {
        return new ProblemException(ProblemType.UNAVAILABLE,
                "The identity provider cannot be reached; try again in a moment.");
    }
}
