package vn.sohoa.platform.tenancy.domain;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person behind a request, as the identity provider vouches for them.
 *
 * @param subject       stable id of the person at the identity provider ({@code sub})
 * @param username      login name ({@code preferred_username})
 * @param provinceAdmin holder of the realm role {@value #PROVINCE_ADMIN}, who administers every tenant
 */
public record Caller(String subject, String username, boolean provinceAdmin) {

    public static final String PROVINCE_ADMIN = "province-admin";

    public static Caller of(SecurityIdentity identity) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                || token.getSubject() == null) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        String username = token.getClaim("preferred_username");
        return new Caller(token.getSubject(), username != null ? username : token.getSubject(),
                identity.hasRole(PROVINCE_ADMIN));
    }
}
