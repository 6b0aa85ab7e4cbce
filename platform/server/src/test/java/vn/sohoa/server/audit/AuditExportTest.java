package vn.sohoa.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** The audit as a CSV file that Excel opens with Vietnamese intact. */
@QuarkusTest
class AuditExportTest {

    String tenant;

    @BeforeEach
    void a_tenant_whose_admin_added_a_unit() {
        tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.ADMIN_A, "TENANT_ADMIN");
        Api.as(Api.ADMIN_A).body(Fixtures.unit("TPT", "Ấp Tân Phú Thạnh, \"khu A\""))
                .post("/api/v1/tenants/{code}/units", tenant).then().statusCode(201);
    }

    @Test
    void the_export_is_utf8_csv_with_a_byte_order_mark_a_header_and_vietnamese_intact() {
        var response = Api.as(Api.ADMIN_A).accept("text/csv").queryParam("entityType", "Unit")
                .get("/api/v1/tenants/{code}/audit/export", tenant)
                .then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"audit-" + tenant + ".csv\"")
                .extract();
        assertThat(response.contentType()).containsIgnoringCase("charset=UTF-8");
        byte[] bytes = response.asByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("\"occurred_at (UTC+07:00)\",\"actor_username\",\"actor_subject\","
                + "\"entity_type\",\"entity_key\",\"action\",\"changes\"");
        assertThat(lines.get(1)).matches("\"\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d\",\"an\\.nguyen\",.*")
                .contains("\"Unit\",\"TPT\",\"CREATE\"")
                .contains("Ấp Tân Phú Thạnh, \\\"\"khu A\\\"\"");
    }

    @Test
    void the_export_takes_the_same_filters_as_the_list() {
        for (var filter : List.of(Map.of("action", "DELETE"), Map.of("actor", "nobody"), Map.of("to", "2000-01-01"))) {
            String csv = Api.as(Api.ADMIN_A).accept("text/csv").queryParams(filter)
                    .get("/api/v1/tenants/{code}/audit/export", tenant).then().statusCode(200).extract().asString();
            assertThat(csv.lines()).as("filter %s", filter).hasSize(1);
        }
        String all = Api.as(Api.ADMIN_A).accept("text/csv").get("/api/v1/tenants/{code}/audit/export", tenant)
                .then().statusCode(200).extract().asString();
        assertThat(all.lines()).hasSize(1 + AuditTrailTest.audit(tenant, Map.of()).getInt("total"));
    }
}
