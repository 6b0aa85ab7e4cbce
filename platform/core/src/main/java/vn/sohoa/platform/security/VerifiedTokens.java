package vn.sohoa.platform.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.infinispan.Cache;
import org.infinispan.manager.EmbeddedCacheManager;
import org.jboss.logging.Logger;
import vn.sohoa.platform.cluster.CacheNames;

/**
 * Verifies an API bearer token once, not on every request: the identity Quarkus OIDC built from a token (its
 * signature, issuer, audience and lifetime checked) is kept in this replica's {@code verified-tokens} cache, under
 * the SHA-256 of the whole token and the OIDC tenant that verified it, until the token expires and for at most
 * the cache's lifespan (one minute). Only bearer tokens are kept (the web UI's sessions go to OIDC every time), and
 * only tokens whose identity names their expiry. A kept identity is handed out with the request it now serves.
 *
 * <p>What this gives up is written down in {@code docs/ARCHITECTURE.md} ("Verified tokens"): a token signed with a
 * key the realm has just withdrawn is still accepted on this replica for at most the lifespan, as it would be for
 * its whole life by any service that verifies tokens locally; nothing else about a token can change after issue.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(VerifiedTokens.class);

    /** The request attribute by which OIDC is asked for step-up authentication (an acr the token must hold). */
    private static final String STEP_UP = "io.quarkus.oidc.runtime.step-up-auth";

    /** Token lifetimes are real time, as OIDC checks them, not the business day of the application's clock. */
    private static final Clock REAL_TIME = Clock.systemUTC();

    private final OidcIdentityProvider oidc;
    private final Cache<String, SecurityIdentity> cache;
    private final Duration longest;

    @Inject
    public VerifiedTokens(OidcIdentityProvider oidc, EmbeddedCacheManager caches) {
        this.oidc = oidc;
        this.cache = caches.getCache(CacheNames.VERIFIED_TOKENS);
        this.longest = Duration.ofMillis(cache.getCacheConfiguration().expiration().lifespan());
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * Before Quarkus OIDC's own provider (the default priority, {@code SYSTEM_FIRST + 1}), which this one asks
     * when it does not hold the token.
     */
    @Override
    public int priority() {
        return SYSTEM_FIRST * 2;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (!keepable(request, routing)) {
            return oidc.authenticate(request, context);
        }
        String key = key(routing.get(OidcUtils.TENANT_ID_ATTRIBUTE), request.getToken().getToken());
        SecurityIdentity kept = cache.get(key);
        Instant now = REAL_TIME.instant();
        if (kept != null && now.isBefore(expiry(kept).orElse(Instant.MIN))) {
            return Uni.createFrom().item(copy(kept, routing));
        }
        return oidc.authenticate(request, context).invoke(identity -> keep(key, identity, now));
    }

    /** Whether this replica holds {@code token}, verified by the OIDC tenant {@code tenant}. */
    public boolean holds(String tenant, String token) {
        return cache.containsKey(key(tenant, token));
    }

    /** How long a token verified at {@code now} is kept: until it expires, and at most {@code longest}. */
    public static Duration keptFor(Instant now, Instant expiry, Duration longest) {
        Duration left = Duration.between(now, expiry);
        return left.compareTo(longest) < 0 ? left : longest;
    }

    /**
     * A bearer token, resolved to an OIDC tenant, and nothing OIDC checks against the request itself: no DPoP
     * proof, no client certificate a token could be bound to, no step-up authentication asked for.
     */
    private static boolean keepable(TokenAuthenticationRequest request, RoutingContext routing) {
        return request.getToken() instanceof AccessTokenCredential && routing != null
                && routing.get(OidcUtils.TENANT_ID_ATTRIBUTE) != null
                && routing.request().getHeader("DPoP") == null && !routing.request().isSSL()
                && request.getAttribute(STEP_UP) == null;
    }

    private void keep(String key, SecurityIdentity identity, Instant now) {
        Optional<Instant> expiry = expiry(identity);
        if (identity == null || identity.isAnonymous() || expiry.isEmpty()) {
            return;
        }
        long millis = keptFor(now, expiry.get(), longest).toMillis();
        try {
            if (millis > 0) {
                cache.put(key, copy(identity, null), millis, TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException e) {
            // The token is verified: not keeping it costs the next request a verification, never this one.
            LOG.warnf(e, "A verified token could not be kept");
        }
    }

    private static Optional<Instant> expiry(SecurityIdentity identity) {
        return identity != null && identity.getPrincipal() instanceof JsonWebToken token && token.getExpirationTime() > 0
                ? Optional.of(Instant.ofEpochSecond(token.getExpirationTime()))
                : Optional.empty();
    }

    /**
     * The identity built anew with {@code routing} as its request, or with none: not through
     * {@code QuarkusSecurityIdentity.builder(identity)}, whose copy keeps asking the original (and so holds the
     * request it was verified on) for its permissions.
     */
    private static SecurityIdentity copy(SecurityIdentity identity, RoutingContext routing) {
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.remove(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE);
        if (routing != null) {
            attributes.put(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, routing);
        }
        return QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal()).addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials()).addPermissions(identity.getPermissions())
                .addAttributes(attributes).build();
    }

    /** Where a token verified by an OIDC tenant is kept: the tenant and the SHA-256 of the whole token. */
    private static String key(String tenant, String token) {
        try {
            return tenant + ' ' + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
