package vn.sohoa.server.supportlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.sohoa.server.supportlog.SupportLogFiles.HEADER;
import static vn.sohoa.server.supportlog.SupportLogFiles.IMPORT;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TestClock;

/** Logging many support records from a CSV or Excel file: checked like single POSTs, all or nothing. */
@QuarkusTest
class SupportLogImportTest {

    String tenant;

    @BeforeEach
    void a_commune_with_a_team_member_and_two_hamlets() {
        tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.MEMBER, "TEAM_MEMBER");
        Fixtures.addMember(tenant, Api.VIEWER, "VIEWER");
        Fixtures.addUnit(tenant, "AP1");
        Fixtures.addUnit(tenant, "AP2");
    }

    @Test
    void a_dry_run_lists_every_problem_with_its_line_and_writes_nothing() {
        String future = TestClock.suiteNow().plusDays(2).withNano(0).toString();
        String file = HEADER
                + SupportLogFiles.line("AP1", 1)
                + SupportLogFiles.line("ZZ9", 1)
                + SupportLogFiles.line("AP2", 1).replace("VNEID", "KHONG_CO")
                + future + ",AP1,,,VNEID,OFFICE,1,,,,DONE,\n"
                + SupportLogFiles.hoursAgo(1) + ",AP1,,,VNEID,OFFICE,nhiều,,,,DONE,\n"
                + SupportLogFiles.hoursAgo(1) + ",AP1,,,VNEID,OFFICE,1,,,,DONE,\"Ghi chú \"sai\"\n";
        JsonPath preview = SupportLogFiles.csv(Api.MEMBER, file).queryParam("dryRun", true).post(IMPORT, tenant)
                .then().statusCode(200).body("valid", equalTo(false)).extract().jsonPath();
        assertThat(preview.getList("problems.line", Integer.class)).containsExactly(3, 4, 5, 6, 7);
        assertThat(preview.getList("problems.field", String.class))
                .containsExactly("unitCode", "categoryCode", "occurredAt", "peopleCount", null);
        assertThat(preview.getString("problems[2].message")).isEqualTo("must not be in the future");
        assertThat(preview.getString("problems[4].message")).contains("not valid CSV");
        assertThat(preview.getList("wouldCreate.line", Integer.class)).containsExactly(2);
        assertThat(preview.getString("wouldCreate[0].facts.unitCode")).isEqualTo("AP1");
        assertThat(SupportLogs.total(tenant)).isZero();

        SupportLogFiles.csv(Api.MEMBER, file).post(IMPORT, tenant).then().statusCode(422)
                .contentType("application/problem+json").body("errors", hasSize(5));
        assertThat(SupportLogs.total(tenant)).isZero();
    }

    @Test
    void one_bad_line_refuses_the_whole_file_and_the_fixed_file_imports_as_its_sender() {
        String bad = HEADER + SupportLogFiles.line("AP1", 1) + SupportLogFiles.line("AP2", 2)
                + SupportLogFiles.hoursAgo(3) + ",AP1,,,VNEID,COMMUNITY_EVENT,25,,FEMALE,,DONE,Họp dân\n";
        SupportLogFiles.csv(Api.MEMBER, bad).post(IMPORT, tenant).then().statusCode(422)
                .body("errors[0].line", equalTo(4)).body("errors[0].field", equalTo("peopleCount"));
        assertThat(SupportLogs.total(tenant)).isZero();

        String fixed = bad.replace(",FEMALE,,DONE,Họp dân", ",,,DONE,Họp dân");
        SupportLogFiles.csv(Api.MEMBER, fixed).post(IMPORT, tenant).then().statusCode(201)
                .body("created", equalTo(3));
        JsonPath list = Api.as(Api.VIEWER).get(SupportLogs.LOGS, tenant).then().statusCode(200).extract().jsonPath();
        assertThat(list.getInt("total")).isEqualTo(3);
        assertThat(list.getList("items.author", String.class)).containsOnly(Api.MEMBER);
        assertThat(list.getList("items.peopleCount", Integer.class)).containsExactly(1, 1, 25);
    }

    @Test
    void an_excel_workbook_imports_with_date_and_number_cells() {
        LocalDateTime morning = TestClock.suiteNow().toLocalDateTime().minusDays(1).withHour(8).withMinute(30)
                .withSecond(0).withNano(0);
        List<Object> header = new ArrayList<>(Arrays.asList(HEADER.strip().split(",")));
        byte[] file = SupportLogFiles.workbook(List.of(header,
                Arrays.asList(morning, "AP1", null, null, "VNEID", "OFFICE", 1, "FROM_18_TO_35", "MALE", 15, "DONE",
                        "Cài ứng dụng"),
                Arrays.asList(SupportLogFiles.hoursAgo(2), "AP2", null, null, "VNEID", "COMMUNITY_EVENT", 40, null,
                        null, 90, "PARTIAL", null)));
        SupportLogFiles.xlsx(Api.MEMBER, file).post(IMPORT, tenant).then().statusCode(201).body("created", equalTo(2));
        JsonPath list = Api.as(Api.VIEWER).queryParam("unit", "AP1").get(SupportLogs.LOGS, tenant).then()
                .statusCode(200).extract().jsonPath();
        assertThat(OffsetDateTime.parse(list.getString("items[0].occurredAt")))
                .isAtSameInstantAs(morning.atOffset(ZoneOffset.ofHours(7)));
        assertThat(list.getInt("items[0].durationMinutes")).isEqualTo(15);
        assertThat(SupportLogs.total(tenant)).isEqualTo(2);
    }

    @Test
    void ten_thousand_lines_import_in_one_go() {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 10_000; i++) {
            file.append(SupportLogFiles.line(i % 2 == 0 ? "AP1" : "AP2", 1 + i % 200));
        }
        SupportLogFiles.csv(Api.MEMBER, file.toString()).post(IMPORT, tenant).then().statusCode(201)
                .body("created", equalTo(10_000));
        assertThat(SupportLogs.total(tenant)).isEqualTo(10_000);
    }

    @Test
    void a_viewer_may_not_import_and_a_suspended_tenant_refuses_imports() {
        String file = HEADER + SupportLogFiles.line("AP1", 1);
        SupportLogFiles.csv(Api.VIEWER, file).post(IMPORT, tenant).then().statusCode(403);
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("reason", "Chờ sáp nhập"))
                .post("/api/v1/tenants/{code}/suspend", tenant).then().statusCode(200);
        SupportLogFiles.csv(Api.MEMBER, file).post(IMPORT, tenant).then().statusCode(409)
                .body("type", equalTo("urn:sohoa:problem:tenant-not-active"));
        assertThat(SupportLogs.total(tenant)).isZero();
    }
}
