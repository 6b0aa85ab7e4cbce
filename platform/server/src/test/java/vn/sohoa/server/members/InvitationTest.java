package vn.sohoa.server.members;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.Tokens;

/**
 * A tenant admin invites a person Keycloak does not know yet: Sohoa creates the account through the
 * Admin API and the person must set a password at their first login. Checked against Keycloak itself.
 */
@QuarkusTest
class InvitationTest {

    static final String TOKEN_URL = "http://127.0.0.1:8180/realms/sohoa/protocol/openid-connect/token";

    @Inject
    Keycloak keycloak;

    String tenant;
    String username;

    @BeforeEach
    void a_tenant_with_an_admin_and_a_new_username() {
        tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.ADMIN_A, "TENANT_ADMIN");
        username = "moi." + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void the_invited_account_is_removed_again() {
        users().searchByUsername(username, true).forEach(user -> users().delete(user.getId()).close());
    }

    Map<String, Object> invitation() {
        var body = new HashMap<String, Object>();
        body.put("username", username);
        body.put("email", username + "@haugiang.gov.vn");
        body.put("fullName", "Nguyễn Thị Mới");
        body.put("role", "TEAM_MEMBER");
        return body;
    }

    @Test
    void an_invited_person_gets_an_account_and_a_temporary_password_shown_once_and_must_choose_their_own() {
        String temporary = Api.as(Api.ADMIN_A).body(invitation()).post("/api/v1/tenants/{code}/members", tenant)
                .then().statusCode(201).header("Cache-Control", "no-store")
                .body("username", equalTo(username)).body("role", equalTo("TEAM_MEMBER"))
                .body("temporaryPassword", matchesPattern(Tokens.TEMPORARY_PASSWORD))
                .extract().path("temporaryPassword");

        List<UserRepresentation> found = users().searchByUsername(username, true);
        assertThat(found).hasSize(1);
        UserRepresentation user = found.getFirst();
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.getEmail()).isEqualTo(username + "@haugiang.gov.vn");
        assertThat(user.getFirstName()).isEqualTo("Thị Mới");
        assertThat(user.getLastName()).isEqualTo("Nguyễn");
        assertThat(user.getRequiredActions()).containsExactly("UPDATE_PASSWORD");
        // The temporary password is right, and Keycloak holds the person at "choose your password".
        given().formParam("grant_type", "password").formParam("client_id", "sohoa-cli")
                .formParam("username", username).formParam("password", temporary)
                .post(TOKEN_URL).then().statusCode(400).body("error_description", equalTo("Account is not fully set up"));
        given().formParam("grant_type", "password").formParam("client_id", "sohoa-cli")
                .formParam("username", username).formParam("password", temporary + "x")
                .post(TOKEN_URL).then().statusCode(400).body("error_description", equalTo("Invalid user credentials"));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/members", tenant).then()
                .body("items", everyItem(not(hasKey("temporaryPassword")))).body("total", equalTo(2));

        // What the person's first login does: set a password of their own, which clears the required action.
        CredentialRepresentation chosen = new CredentialRepresentation();
        chosen.setType(CredentialRepresentation.PASSWORD);
        chosen.setValue("Mat-khau-" + UUID.randomUUID());
        chosen.setTemporary(false);
        users().get(user.getId()).resetPassword(chosen);
        UserRepresentation updated = users().get(user.getId()).toRepresentation();
        updated.setRequiredActions(List.of());
        users().get(user.getId()).update(updated);
        String token = given().formParam("grant_type", "password").formParam("client_id", "sohoa-cli")
                .formParam("username", username).formParam("password", chosen.getValue())
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).get("/api/v1/tenants/{code}/units", tenant).then().statusCode(200);

        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/members", tenant).then()
                .body("items.username", hasItems(Api.ADMIN_A, username));
    }

    @Test
    void a_person_keycloak_knows_is_linked_and_no_account_is_created() {
        String before = users().searchByUsername(Api.MEMBER, true).getFirst().getId();
        var body = invitation();
        body.put("username", Api.MEMBER);
        Api.as(Api.ADMIN_A).body(body).post("/api/v1/tenants/{code}/members", tenant).then().statusCode(201)
                .body("username", equalTo(Api.MEMBER)).body("$", not(hasKey("temporaryPassword")));
        assertThat(users().searchByUsername(Api.MEMBER, true)).extracting(UserRepresentation::getId).containsExactly(before);
        assertThat(users().searchByUsername(username, true)).isEmpty();
    }

    @Test
    void a_new_person_needs_an_email_and_a_full_name_to_be_invited() {
        for (String missing : new String[] {"email", "fullName"}) {
            var body = invitation();
            body.remove(missing);
            Api.as(Api.ADMIN_A).body(body).post("/api/v1/tenants/{code}/members", tenant).then().statusCode(422)
                    .contentType("application/problem+json").body("errors.field", hasItems("username", missing));
        }
        assertThat(users().searchByUsername(username, true)).isEmpty();
    }

    @Test
    void an_email_that_belongs_to_another_account_is_a_conflict() {
        var body = invitation();
        body.put("email", "dung.pham@sohoa.example");
        Api.as(Api.ADMIN_A).body(body).post("/api/v1/tenants/{code}/members", tenant).then().statusCode(409)
                .contentType("application/problem+json").body("errors.field", hasItem("email"));
        assertThat(users().searchByUsername(username, true)).isEmpty();
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/members", tenant).then().body("total", equalTo(1));
    }

    @Test
    void bad_invitations_are_rejected_and_nobody_is_created() {
        Object[][] bad = {{"email", "not-an-email"}, {"fullName", "   "}, {"fullName", "x".repeat(201)},
            {"username", "có dấu cách"}, {"email", 42}};
        for (Object[] change : bad) {
            var body = invitation();
            body.put((String) change[0], change[1]);
            Api.as(Api.ADMIN_A).body(body).post("/api/v1/tenants/{code}/members", tenant).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(change[0]));
        }
        assertThat(users().searchByUsername(username, true)).isEmpty();
    }

    @Test
    void a_viewer_cannot_invite_anyone() {
        Fixtures.addMember(tenant, Api.VIEWER, "VIEWER");
        Api.as(Api.VIEWER).body(invitation()).post("/api/v1/tenants/{code}/members", tenant).then().statusCode(403);
        assertThat(users().searchByUsername(username, true)).isEmpty();
    }

    private UsersResource users() {
        return keycloak.realm("sohoa").users();
    }
}
