package vn.sohoa.server.settings;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** A tenant's typed settings: defaults, round trip, validation, versions and who may touch them. */
@QuarkusTest
class TenantSettingsTest {

    static final String SETTINGS = "/api/v1/tenants/{code}/settings";

    String tenant;

    @BeforeEach
    void a_tenant_with_an_admin_and_a_viewer() {
        tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(tenant, Api.VIEWER, "VIEWER");
    }

    static Map<String, Object> document(long version) {
        var body = new HashMap<String, Object>();
        body.put("displayName", "UBND xã Vị Thủy");
        body.put("contact", Map.of("phone", "0293 3870 123", "email", "ubnd.vithuy@haugiang.gov.vn"));
        body.put("address", "Ấp 1, xã Vị Thủy, thành phố Cần Thơ");
        body.put("locale", "en");
        body.put("enabledFeatures", List.of("TRAINING", "SUPPORT_LOG"));
        body.put("annualTargets", Map.of("year", 2026, "activeTeamHamletShare", 0.9, "supportSessionsPerMonth", 400,
                "trainingCompletionShare", 0.75, "pilotModels", 2));
        body.put("version", version);
        return body;
    }

    @Test
    void a_tenant_that_never_saved_settings_gets_sensible_defaults() {
        String name = Api.as(Api.VIEWER).get("/api/v1/tenants/{code}", tenant).then().extract().path("name");
        Api.as(Api.VIEWER).get(SETTINGS, tenant).then().statusCode(200)
                .body("displayName", equalTo(name)).body("locale", equalTo("vi"))
                .body("enabledFeatures", contains("SUPPORT_LOG", "PILOTS", "TRAINING", "INDICATORS"))
                .body("annualTargets", nullValue()).body("version", equalTo(0));
    }

    @Test
    void settings_saved_by_the_admin_are_read_back_by_members_as_saved() {
        Api.as(Api.ADMIN_A).body(document(0)).put(SETTINGS, tenant).then().statusCode(200).body("version", equalTo(1));
        Api.as(Api.VIEWER).get(SETTINGS, tenant).then().statusCode(200)
                .body("displayName", equalTo("UBND xã Vị Thủy"))
                .body("contact.phone", equalTo("0293 3870 123"))
                .body("contact.email", equalTo("ubnd.vithuy@haugiang.gov.vn"))
                .body("address", equalTo("Ấp 1, xã Vị Thủy, thành phố Cần Thơ"))
                .body("locale", equalTo("en"))
                .body("enabledFeatures", contains("SUPPORT_LOG", "TRAINING"))
                .body("annualTargets.year", equalTo(2026))
                .body("annualTargets.activeTeamHamletShare", equalTo(0.9f))
                .body("annualTargets.supportSessionsPerMonth", equalTo(400))
                .body("annualTargets.trainingCompletionShare", equalTo(0.75f))
                .body("annualTargets.pilotModels", equalTo(2))
                .body("version", equalTo(1));
    }

    @Test
    void a_stale_version_is_refused_and_the_newer_settings_stay() {
        Api.as(Api.ADMIN_A).body(document(0)).put(SETTINGS, tenant).then().statusCode(200);
        var older = document(0);
        older.put("displayName", "Ghi đè");
        Api.as(Api.ADMIN_A).body(older).put(SETTINGS, tenant).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:sohoa:problem:stale-version"));
        Api.as(Api.ADMIN_A).get(SETTINGS, tenant).then().body("displayName", equalTo("UBND xã Vị Thủy"));
    }

    @Test
    void a_viewer_reads_the_settings_but_cannot_change_them() {
        Api.as(Api.VIEWER).body(document(0)).put(SETTINGS, tenant).then().statusCode(403);
        Api.as(Api.VIEWER).get(SETTINGS, tenant).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void another_tenants_admin_cannot_read_or_change_the_settings_or_the_life_cycle() {
        String other = Fixtures.newTenant();
        Fixtures.addMember(other, Api.ADMIN_B, "TENANT_ADMIN");
        Api.as(Api.ADMIN_B).get(SETTINGS, tenant).then().statusCode(404).body("type", equalTo("urn:sohoa:problem:not-found"));
        Api.as(Api.ADMIN_B).body(document(0)).put(SETTINGS, tenant).then().statusCode(404);
        Api.as(Api.ADMIN_B).post("/api/v1/tenants/{code}/suspend", tenant).then().statusCode(404);
        Api.as(Api.ADMIN_B).body(Map.of("name", "Chiếm", "kind", "OTHER", "version", 0))
                .put("/api/v1/tenants/{code}", tenant).then().statusCode(404);
        Api.as(Api.ADMIN_A).get(SETTINGS, tenant).then().body("version", equalTo(0));
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}", tenant).then().body("status", equalTo("ACTIVE"));
    }

    static Stream<Arguments> bad_documents() {
        return Stream.of(
                bad("an unknown key", "theme", "dark", "theme"),
                bad("an unknown nested key", "contact", Map.of("phone", "0293 3870 123", "fax", "1"), "contact.fax"),
                bad("an unknown locale", "locale", "fr", "locale"),
                bad("no locale", "locale", null, "locale"),
                bad("an unknown feature", "enabledFeatures", List.of("CHAT"), "enabledFeatures[0]"),
                bad("a null feature", "enabledFeatures", Arrays.asList("PILOTS", null), "enabledFeatures[1]"),
                bad("no features list", "enabledFeatures", null, "enabledFeatures"),
                bad("a blank display name", "displayName", " ", "displayName"),
                bad("an oversized address", "address", "x".repeat(501), "address"),
                bad("a bad email", "contact", Map.of("email", "not-an-email"), "contact.email"),
                bad("a bad phone", "contact", Map.of("phone", "call me"), "contact.phone"),
                bad("a share above one", "annualTargets", Map.of("year", 2026, "activeTeamHamletShare", 1.5),
                        "annualTargets.activeTeamHamletShare"),
                bad("a negative monthly target", "annualTargets", Map.of("year", 2026, "supportSessionsPerMonth", -1),
                        "annualTargets.supportSessionsPerMonth"),
                bad("targets without a year", "annualTargets", Map.of("pilotModels", 1), "annualTargets.year"),
                bad("text for a number", "annualTargets", Map.of("year", "năm nay"), "annualTargets.year"),
                bad("no version", "version", null, "version"));
    }

    static Arguments bad(String why, String key, Object value, String field) {
        return Arguments.of(why, key, value, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_documents")
    void a_bad_settings_document_is_rejected_naming_the_field_and_nothing_is_saved(String why, String key, Object value,
                                                                                 String field) {
        var body = document(0);
        body.put(key, value);
        Api.as(Api.ADMIN_A).body(body).put(SETTINGS, tenant).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field))
                .body("detail", containsString(field));
        Api.as(Api.ADMIN_A).get(SETTINGS, tenant).then().body("version", equalTo(0)).body("locale", equalTo("vi"));
    }

    @Test
    void a_malformed_or_missing_body_is_rejected() {
        for (String body : new String[] {"{\"displayName\": ", "", "[]"}) {
            Api.as(Api.ADMIN_A).body(body).put(SETTINGS, tenant).then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }
}
