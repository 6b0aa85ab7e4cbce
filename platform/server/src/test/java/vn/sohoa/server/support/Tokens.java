package vn.sohoa.server.support;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the dev realm's Keycloak (password grant on the public {@code sohoa-cli} client). */
public final class Tokens {

    public static final String PASSWORD = "demo";

    /**
     * What an invitation's temporary password looks like: four groups of an upper-case letter, a lower-case
     * letter, a digit and a lower-case letter, without look-alikes (0/O, 1/l/I).
     */
    public static final String TEMPORARY_PASSWORD = "G(-G){3}".replace("G", "[A-HJKMNP-Z][a-hjkmnp-z][2-9][a-hjkmnp-z]");
    private static final String TOKEN_URL = "http://127.0.0.1:8180/realms/sohoa/protocol/openid-connect/token";
    private static final Map<String, Token> CACHE = new ConcurrentHashMap<>();

    private record Token(String value, Instant renewAfter) {}

    private Tokens() {
    }

    /** A valid access token of this dev-realm user, fetched anew when the cached one is about to expire. */
    public static String of(String username) {
        return CACHE.compute(username, (user, cached) ->
                cached != null && Instant.now().isBefore(cached.renewAfter()) ? cached : fetch(user)).value();
    }

    /**
     * An access token the realm issues to a confidential client for itself (client-credentials grant), e.g. to
     * {@code sohoa-admin}, whose service account looks people up: a token meant for Keycloak, not for Sohoa's API.
     */
    public static String ofClient(String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .when().post(TOKEN_URL)
                .then().statusCode(200).extract().path("access_token");
    }

    private static Token fetch(String username) {
        var response = given().formParam("grant_type", "password").formParam("client_id", "sohoa-cli")
                .formParam("username", username).formParam("password", PASSWORD)
                .when().post(TOKEN_URL)
                .then().statusCode(200).extract();
        int lifetime = response.path("expires_in");
        return new Token(response.path("access_token"), Instant.now().plusSeconds(lifetime / 2));
    }
}
