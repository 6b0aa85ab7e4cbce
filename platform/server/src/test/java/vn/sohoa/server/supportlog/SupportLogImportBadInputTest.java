package vn.sohoa.server.supportlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.sohoa.server.supportlog.SupportLogFiles.HEADER;
import static vn.sohoa.server.supportlog.SupportLogFiles.IMPORT;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;

/** Files that are not support-log imports are refused with a clear problem, and nothing is written. */
@QuarkusTest
class SupportLogImportBadInputTest {

    String tenant;

    @BeforeEach
    void a_commune_with_a_team_member() {
        tenant = SupportLogs.communeWithTeamMember();
    }

    @Test
    void a_wrong_header_a_bad_choice_or_a_bad_flag_is_named() {
        SupportLogFiles.csv(Api.MEMBER, "occurredAt,unitCode\n" + SupportLogFiles.hoursAgo(1) + ",AP1\n")
                .queryParam("dryRun", true).post(IMPORT, tenant).then().statusCode(200)
                .body("problems[0].line", equalTo(1)).body("problems[0].message", containsString("missing: teamId"));
        SupportLogFiles.csv(Api.MEMBER, HEADER + SupportLogFiles.line("AP1", 1).replace("HOME_VISIT", "BY_BOAT"))
                .queryParam("dryRun", true).post(IMPORT, tenant).then().statusCode(200)
                .body("problems[0].field", equalTo("channel"))
                .body("problems[0].message", containsString("HOME_VISIT, OFFICE"));
        SupportLogFiles.csv(Api.MEMBER, HEADER).queryParam("dryRun", "yes").post(IMPORT, tenant).then()
                .statusCode(400).contentType("application/problem+json");
        SupportLogFiles.xlsx(Api.MEMBER, "not a workbook".getBytes()).queryParam("dryRun", true).post(IMPORT, tenant)
                .then().statusCode(200).body("valid", equalTo(false))
                .body("problems[0].message", containsString("Excel workbook"));
        assertThat(SupportLogs.total(tenant)).isZero();
    }

    @Test
    void a_file_over_20_mb_is_a_413_problem() {
        byte[] huge = new byte[20 * 1024 * 1024 + 1];
        Arrays.fill(huge, (byte) 'x');
        SupportLogFiles.csv(Api.MEMBER, "").body(huge).post(IMPORT, tenant).then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("20 MB"));
    }

    @Test
    void csv_in_another_character_set_or_another_type_is_415() {
        SupportLogFiles.csv(Api.MEMBER, HEADER).contentType("text/csv; charset=windows-1258").post(IMPORT, tenant)
                .then().statusCode(415).contentType("application/problem+json");
        Api.as(Api.MEMBER).body("{}").post(IMPORT, tenant).then().statusCode(415);
    }
}
