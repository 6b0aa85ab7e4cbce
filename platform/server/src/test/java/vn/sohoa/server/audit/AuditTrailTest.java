package vn.sohoa.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** Every write leaves an audit entry naming who changed what, with only the changed fields. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    TenantWork work;

    @Inject
    EntityManager em;

    String tenant;

    @BeforeEach
    void a_tenant_with_an_admin() {
        tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.ADMIN_A, "TENANT_ADMIN");
    }

    @Test
    void creating_changing_and_removing_a_unit_records_the_changed_fields_and_the_actor() {
        Api.as(Api.ADMIN_A).body(Fixtures.unit("AP1", "Ấp Một")).post("/api/v1/tenants/{code}/units", tenant)
                .then().statusCode(201);
        Api.as(Api.ADMIN_A).body(Map.of("code", "AP1", "name", "Ấp Một A", "type", "HAMLET", "households", 420,
                "population", 1700, "version", 0)).put("/api/v1/tenants/{code}/units/AP1", tenant).then().statusCode(200);
        Api.as(Api.ADMIN_A).delete("/api/v1/tenants/{code}/units/AP1", tenant).then().statusCode(204);

        JsonPath audit = audit(tenant, Map.of("entityType", "Unit"));
        assertThat(audit.getList("items.action")).containsExactly("DELETE", "UPDATE", "CREATE");
        assertThat(audit.getList("items.entityKey")).containsOnly("AP1");
        assertThat(audit.getList("items.actor.username")).containsOnly(Api.ADMIN_A);
        assertThat(audit.getList("items.actor.subject", String.class)).allMatch(s -> s.length() == 36);
        assertThat(audit.getMap("items[1].changes")).containsOnly(
                Map.entry("name", Map.of("before", "Ấp Một", "after", "Ấp Một A")),
                Map.entry("population", Map.of("before", 1630, "after", 1700)));
        assertThat(audit.getMap("items[2].changes")).containsOnly(
                Map.entry("code", Map.of("after", "AP1")), Map.entry("name", Map.of("after", "Ấp Một")),
                Map.entry("type", Map.of("after", "HAMLET")), Map.entry("households", Map.of("after", 420)),
                Map.entry("population", Map.of("after", 1630)));
        assertThat(audit.getMap("items[0].changes")).containsEntry("name", Map.of("before", "Ấp Một A"))
                .hasSize(5);
    }

    @Test
    void adding_and_removing_a_member_is_recorded_under_their_username() {
        Api.as(Api.ADMIN_A).body(Map.of("username", Api.MEMBER, "role", "TEAM_MEMBER"))
                .post("/api/v1/tenants/{code}/members", tenant).then().statusCode(201);
        Api.as(Api.ADMIN_A).delete("/api/v1/tenants/{code}/members/{user}", tenant, Api.MEMBER).then().statusCode(204);

        JsonPath audit = audit(tenant, Map.of("entityType", "membership", "actor", Api.ADMIN_A));
        assertThat(audit.getList("items.action")).containsExactly("DELETE", "CREATE");
        assertThat(audit.getList("items.entityKey")).containsOnly(Api.MEMBER);
        assertThat(audit.getMap("items[1].changes")).containsEntry("role", Map.of("after", "TEAM_MEMBER"))
                .containsEntry("username", Map.of("after", Api.MEMBER)).containsKey("user_subject");
        assertThat(audit.getMap("items[0].changes")).containsEntry("role", Map.of("before", "TEAM_MEMBER"));
    }

    @Test
    void a_new_tenant_is_recorded_with_its_creator_in_itself_and_in_its_parent() {
        assertThat(audit(tenant, Map.of("entityType", "Tenant")).getList("items.actor.username"))
                .containsExactly(Api.PROVINCE_ADMIN);
        String child = tenant + ".C1";
        Api.as(Api.ADMIN_A).body(Map.of("code", child, "name", "Trường Tiểu học Vị Tân", "kind", "SCHOOL",
                "parentCode", tenant)).post("/api/v1/tenants").then().statusCode(201);

        for (String where : List.of(child, tenant)) {
            JsonPath audit = audit(where, Map.of("entityType", "Tenant", "actor", Api.ADMIN_A));
            assertThat(audit.getList("items.entityKey")).containsExactly(child);
            assertThat(audit.getList("items.action")).containsExactly("CREATE");
            assertThat(audit.getMap("items[0].changes")).containsEntry("name", Map.of("after", "Trường Tiểu học Vị Tân"))
                    .containsEntry("parent_code", Map.of("after", tenant)).doesNotContainKeys("path", "id", "version");
        }
    }

    @Test
    void a_rolled_back_write_leaves_no_entry_and_platform_work_is_recorded_as_the_system() {
        assertThatThrownBy(() -> work.inTenant(tenant, () -> {
            insertUnit("GONE");
            throw new IllegalStateException("the job failed after writing");
        })).isInstanceOf(IllegalStateException.class);
        work.inTenant(tenant, () -> insertUnit("KEPT"));

        JsonPath audit = audit(tenant, Map.of("entityType", "Unit"));
        assertThat(audit.getList("items.entityKey")).containsExactly("KEPT");
        assertThat(audit.getList("items.actor.username")).containsExactly("system");
        assertThat(audit.getList("items.actor.subject")).containsExactly("system");
    }

    @Test
    void entries_are_filtered_by_action_actor_and_time_and_paged_newest_first() {
        for (String code : List.of("F1", "F2", "F3")) {
            Api.as(Api.ADMIN_A).body(Fixtures.unit(code, "Ấp " + code)).post("/api/v1/tenants/{code}/units", tenant)
                    .then().statusCode(201);
        }
        // The audit's time is the database's own clock (the trigger's now()), not the application's.
        JsonPath page = audit(tenant, Map.of("action", "create", "actor", Api.ADMIN_A, "size", 2, "page", 0,
                "from", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString()));
        assertThat(page.getInt("total")).isEqualTo(3);
        assertThat(page.getList("items.entityKey")).containsExactly("F3", "F2");
        assertThat(audit(tenant, Map.of("to", "2000-01-01")).getInt("total")).isZero();
        assertThat(audit(tenant, Map.of("action", "DELETE")).getInt("total")).isZero();
    }

    private int insertUnit(String code) {
        return em.createNativeQuery("insert into unit (tenant_id, code, name, type) values (:tenant, :code, 'Ấp', 'HAMLET')")
                .setParameter("tenant", tenant).setParameter("code", code).executeUpdate();
    }

    static JsonPath audit(String tenant, Map<String, ?> query) {
        return Api.as(Api.ADMIN_A).queryParams(query).get("/api/v1/tenants/{code}/audit", tenant)
                .then().statusCode(200).extract().jsonPath();
    }
}
