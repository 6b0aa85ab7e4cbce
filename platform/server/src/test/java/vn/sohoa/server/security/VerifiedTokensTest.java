package vn.sohoa.server.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.infinispan.Cache;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.infinispan.manager.EmbeddedCacheManager;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.cluster.CacheNames;
import vn.sohoa.platform.security.VerifiedTokens;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.Tokens;

/**
 * A bearer token is verified once and its identity kept for a short while: the kept identity serves only the same
 * token, whole, while it has not expired, and never another person's; a token changed in any character is verified
 * anew and refused.
 */
@QuarkusTest
class VerifiedTokensTest {

    /** The OIDC tenant of the API's bearer tokens ({@code quarkus.oidc.api.*}). */
    private static final String API = "api";

    @Inject
    VerifiedTokens verified;

    @Inject
    EmbeddedCacheManager caches;

    @Test
    void a_kept_token_serves_its_own_person_and_no_other() {
        String tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.ADMIN_A, "TENANT_ADMIN");
        String tokenA = Tokens.of(Api.ADMIN_A);
        String tokenB = Tokens.of(Api.ADMIN_B);

        given().auth().oauth2(tokenA).get("/api/v1/tenants/{code}/units", tenant).then().statusCode(200);
        assertThat(verified.holds(API, tokenA)).isTrue();
        // Served from what was kept, as the same person with the same rights; what is kept holds no request.
        long hits = kept().getAdvancedCache().getStats().getHits();
        given().auth().oauth2(tokenA).get("/api/v1/tenants/{code}/units", tenant).then().statusCode(200);
        assertThat(kept().getAdvancedCache().getStats().getHits()).isGreaterThan(hits);
        assertThat(kept().values()).isNotEmpty().allSatisfy(identity ->
                assertThat(identity.<Object>getAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE)).isNull());
        given().auth().oauth2(tokenA).body(Fixtures.unit("AP1", "Ấp 1")).contentType("application/json")
                .post("/api/v1/tenants/{code}/units", tenant).then().statusCode(201);
        // Another person's token is theirs alone: no membership in the tenant, so not found.
        given().auth().oauth2(tokenB).get("/api/v1/tenants/{code}/units", tenant).then().statusCode(404);
        assertThat(verified.holds(API, tokenB)).isTrue();
        given().auth().oauth2(tokenA).get("/api/v1/tenants/{code}/units", tenant).then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void a_kept_identity_whose_token_has_expired_is_never_served() {
        String tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.ADMIN_A, "TENANT_ADMIN");
        String token = Tokens.of(Api.ADMIN_A);
        given().auth().oauth2(token).get("/api/v1/tenants/{code}/units", tenant).then().statusCode(200);
        String key = kept().entrySet().stream()
                .filter(entry -> entry.getValue().getCredential(AccessTokenCredential.class) instanceof AccessTokenCredential
                        credential && token.equals(credential.getToken()))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        SecurityIdentity real = kept().get(key);

        // Someone else's identity, expired a minute ago, in its place: served, it would not find the tenant.
        kept().put(key, QuarkusSecurityIdentity.builder().setPrincipal(expired("intruder"))
                .addCredentials(real.getCredentials()).build());
        given().auth().oauth2(token).get("/api/v1/tenants/{code}/units", tenant).then().statusCode(200);
        assertThat(kept().get(key).getPrincipal().getName()).isEqualTo(real.getPrincipal().getName());
    }

    @Test
    void a_kept_token_changed_in_its_signature_or_its_claims_is_refused() {
        String token = Tokens.of(Api.ADMIN_A);
        given().auth().oauth2(token).get("/api/v1/tenants").then().statusCode(200);
        assertThat(verified.holds(API, token)).isTrue();
        String[] parts = token.split("\\.");

        String signature = parts[2];
        String otherSignature = parts[0] + "." + parts[1] + "." + (signature.charAt(0) == 'A' ? 'B' : 'A')
                + signature.substring(1);
        given().auth().oauth2(otherSignature).get("/api/v1/tenants").then().statusCode(401)
                .contentType("application/problem+json");
        String claims = parts[1];
        String otherClaims = parts[0] + "." + (claims.charAt(0) == 'e' ? 'f' : 'e') + claims.substring(1) + "." + signature;
        given().auth().oauth2(otherClaims).get("/api/v1/tenants").then().statusCode(401);
        assertThat(verified.holds(API, otherSignature)).isFalse();
        assertThat(verified.holds(API, otherClaims)).isFalse();
    }

    @Test
    void a_token_is_kept_until_it_expires_and_never_longer_than_the_caches_lifespan() {
        Instant now = Instant.parse("2026-12-02T05:00:00Z");
        Duration minute = Duration.ofMinutes(1);

        assertThat(VerifiedTokens.keptFor(now, now.plusSeconds(300), minute)).isEqualTo(minute);
        assertThat(VerifiedTokens.keptFor(now, now.plusSeconds(10), minute)).isEqualTo(Duration.ofSeconds(10));
        assertThat(VerifiedTokens.keptFor(now, now.minusSeconds(1), minute)).isNegative();
    }

    private Cache<String, SecurityIdentity> kept() {
        return caches.getCache(CacheNames.VERIFIED_TOKENS);
    }

    /** A token of {@code name} that expired a minute ago. */
    private static JsonWebToken expired(String name) {
        Map<String, Object> claims = Map.of("sub", name, "preferred_username", name,
                "exp", Instant.now().minusSeconds(60).getEpochSecond());
        return new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }
}
