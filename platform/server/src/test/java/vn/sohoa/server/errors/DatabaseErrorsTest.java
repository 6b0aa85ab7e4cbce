package vn.sohoa.server.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/**
 * What the database refuses reaches the client as what it means, through the real API: a unique key is a 409
 * duplicate, a reference to a row that went away a 400 naming the field, a row still referred to a 409, a check
 * a 400 naming the field, and a state change decided on a stale state a 409 — never a 500, never a
 * "duplicate" for what is not one.
 */
@QuarkusTest
class DatabaseErrorsTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.liquibase.username")
    String owner;

    @ConfigProperty(name = "quarkus.liquibase.password")
    String ownerPassword;

    String tenant;

    @BeforeEach
    void a_tenant_with_an_administrator() {
        tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.ADMIN_A, "TENANT_ADMIN");
    }

    @Test
    void a_sub_unit_added_by_two_at_the_same_moment_is_a_409_duplicate_for_the_second() throws Exception {
        try (HeldTransaction other = HeldTransaction.begin(dataSource, tenant,
                "insert into unit (tenant_id, code, name, type) values (current_setting('sohoa.tenant_id'), ?, ?, ?)",
                "AP1", "Ấp Một", "HAMLET")) {
            CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> Api.as(Api.ADMIN_A)
                    .body(Fixtures.unit("AP1", "Ấp Một")).post("/api/v1/tenants/{code}/units", tenant));
            other.awaitSomeoneWaiting();
            other.commit();

            second.get(30, TimeUnit.SECONDS).then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("urn:sohoa:problem:duplicate"))
                    .body("errors[0].field", equalTo("code"));
        }
    }

    @Test
    void a_team_in_a_sub_unit_deleted_meanwhile_is_a_400_naming_the_unit() throws Exception {
        Fixtures.addUnit(tenant, "AP2");
        try (HeldTransaction other = HeldTransaction.begin(dataSource, tenant, "delete from unit where code = ?",
                "AP2")) {
            CompletableFuture<Response> team = CompletableFuture.supplyAsync(() -> Api.as(Api.ADMIN_A)
                    .body(Map.of("name", "Tổ công nghệ số ấp 2", "unitCode", "AP2"))
                    .post("/api/v1/tenants/{code}/teams", tenant));
            other.awaitSomeoneWaiting();
            other.commit();

            team.get(30, TimeUnit.SECONDS).then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:sohoa:problem:unknown-reference"))
                    .body("errors[0].field", equalTo("unitCode"));
        }
        Api.as(Api.ADMIN_A).get("/api/v1/tenants/{code}/teams", tenant).then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void deleting_a_sub_unit_a_team_works_in_is_a_409_still_referenced() {
        Fixtures.addUnit(tenant, "AP3");
        Api.as(Api.ADMIN_A).body(Map.of("name", "Tổ ấp 3", "unitCode", "AP3"))
                .post("/api/v1/tenants/{code}/teams", tenant).then().statusCode(201);

        Api.as(Api.ADMIN_A).delete("/api/v1/tenants/{code}/units/AP3", tenant)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:sohoa:problem:still-referenced"));
    }

    /** Bean Validation's @NotBlank trims only ASCII spaces; the service strips an em space to nothing. */
    @Test
    void a_name_the_database_check_refuses_is_a_400_naming_the_field() {
        String code = "T" + tenant.substring(1, 8) + "x";
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("code", code, "name", "\u2003", "kind", "PROVINCE"))
                .post("/api/v1/tenants")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:sohoa:problem:validation"))
                .body("errors[0].field", equalTo("name"));

        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}", code).then().statusCode(404);
    }

    /**
     * The node's cached entry still says ACTIVE while the database says ARCHIVED: another node archived it and
     * this one has not heard yet. The merge decided on the stale state is refused, and nothing of it is written.
     */
    @Test
    void a_merge_decided_on_a_stale_status_is_a_409_and_changes_nothing() throws Exception {
        String province = Fixtures.newTenant();
        String source = Fixtures.newTenant(province);
        String successor = Fixtures.newTenant(province);
        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}", source).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        archiveBehindTheCache(source);

        Api.as(Api.PROVINCE_ADMIN).body(Map.of("sourceCodes", List.of(source),
                        "target", Map.of("existingCode", successor), "effectiveDate", "2026-01-01"))
                .post("/api/v1/tenant-merges")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:sohoa:problem:conflict"));

        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}/lineage", successor).then().statusCode(200)
                .body("predecessors.size()", equalTo(0));
    }

    /** As the owner role, the way a change on another node reaches the database without reaching this cache. */
    private void archiveBehindTheCache(String code) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, owner, ownerPassword);
             PreparedStatement archive = connection.prepareStatement(
                     "update tenant set status = 'ARCHIVED', valid_to = date '2026-01-01' where code = ?")) {
            archive.setString(1, code);
            assertThat(archive.executeUpdate()).isEqualTo(1);
        }
    }
}
