package vn.sohoa.admin.members.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import org.keycloak.admin.client.Keycloak;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.problem.ProblemType;

/**
 * Finds people at Keycloak through its Admin API, as the service account {@code sohoa-admin}, which
 * holds only the user-management roles Sohoa needs.
 */
@ApplicationScoped
public class IdentityDirectory {

    @Inject
    Keycloak keycloak;

    @Inject
    IdentityConfig config;

    /** The person with exactly this username, or empty. */
    public Optional<Person> findByUsername(String username) {
        try {
            return keycloak.realm(config.realm()).users().searchByUsername(username, true).stream()
                    .filter(user -> username.equalsIgnoreCase(user.getUsername()))
                    .findFirst()
                    .map(user -> new Person(user.getId(), user.getUsername()));
        } catch (ProcessingException | WebApplicationException e) {
            throw new ProblemException(ProblemType.UNAVAILABLE,
                    "The identity provider cannot be reached; try again in a moment.");
        }
    }
}
