package vn.sohoa.platform.training.api;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller's full name as their account gives it ({@code name} of the token), for certificates; null without one. */
final class LearnerName {

    private LearnerName() {
    }

    static String of(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim("name") : null;
    }
}
