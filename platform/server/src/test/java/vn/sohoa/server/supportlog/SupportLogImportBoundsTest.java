package vn.sohoa.server.supportlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.sohoa.server.supportlog.SupportLogFiles.HEADER;
import static vn.sohoa.server.supportlog.SupportLogFiles.IMPORT;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.Statements;

/**
 * A support-log import does bounded work whatever the file: a file beyond the limits is refused whole, a
 * damaged workbook is a problem named to its sender, the tenant's names are looked up once, and a preview
 * lists only the first records and problems.
 */
@QuarkusTest
class SupportLogImportBoundsTest {

    String tenant;

    @BeforeEach
    void a_commune_with_a_team_member_an_administrator_and_a_hamlet() {
        tenant = SupportLogs.communeWithTeamMember();
        Fixtures.addMember(tenant, Api.ADMIN_A, "TENANT_ADMIN");
    }

    @Test
    void a_workbook_that_unpacks_to_a_gigabyte_is_refused_with_413_naming_the_limit() {
        byte[] bomb = Workbooks.zipBomb(1L << 30);
        assertThat(bomb.length).isLessThan(5 * 1024 * 1024);
        for (boolean dryRun : List.of(true, false)) {
            SupportLogFiles.xlsx(Api.MEMBER, bomb).queryParam("dryRun", dryRun).post(IMPORT, tenant).then()
                    .statusCode(413).contentType("application/problem+json")
                    .body("detail", containsString("100 MB"))
                    .body("detail", containsString("sohoa.imports.max-unpacked-size"));
        }
        assertThat(SupportLogs.total(tenant)).isZero();
    }

    @Test
    void a_file_of_more_rows_than_the_limit_is_refused_with_413_naming_the_limit() {
        StringBuilder file = new StringBuilder(HEADER);
        String line = SupportLogFiles.line("AP1", 1);
        file.append(line.repeat(100_001));
        SupportLogFiles.csv(Api.MEMBER, file.toString()).queryParam("dryRun", true).post(IMPORT, tenant).then()
                .statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("100,000")).body("detail", containsString("sohoa.imports.max-rows"));
        assertThat(SupportLogs.total(tenant)).isZero();
    }

    @Test
    void a_damaged_workbook_is_a_4xx_naming_the_problem_never_a_500() {
        byte[] good = SupportLogFiles.workbook(List.of(List.of("occurredAt", "unitCode")));
        Map<String, byte[]> damaged = Map.of(
                "not a zip", "PK\u0003\u0004 but nothing after".getBytes(),
                "truncated", Workbooks.truncated(good, good.length / 2),
                "missing its sheet", Workbooks.withoutSheet(),
                "broken XML", Workbooks.withBrokenSheet());
        damaged.forEach((what, file) -> {
            SupportLogFiles.xlsx(Api.MEMBER, file).post(IMPORT, tenant).then().log().ifValidationFails()
                    .statusCode(422).contentType("application/problem+json")
                    .body("errors[0].line", equalTo(1)).body("errors[0].message", containsString("Excel workbook"));
            SupportLogFiles.xlsx(Api.MEMBER, file).queryParam("dryRun", true).post(IMPORT, tenant).then()
                    .statusCode(200).body("valid", equalTo(false))
                    .body("problems[0].message", containsString("Excel workbook"));
        });
        assertThat(SupportLogs.total(tenant)).isZero();
    }

    @Test
    void the_tenants_names_are_looked_up_once_however_long_the_file() {
        int team = Fixtures.addTeam(tenant, "AP1");
        int volunteer = Fixtures.addVolunteer(tenant, team);
        String line = SupportLogFiles.hoursAgo(2) + ",AP1," + team + "," + volunteer
                + ",VNEID,HOME_VISIT,1,FROM_60,FEMALE,20,DONE,\n";
        dryRun(HEADER + line); // fills the caches every request reads, so both counts below start alike

        long two = Statements.during(() -> assertThat(dryRun(HEADER + line.repeat(2)).getInt("wouldCreateCount"))
                .isEqualTo(2));
        long forty = Statements.during(() -> assertThat(dryRun(HEADER + line.repeat(40)).getInt("wouldCreateCount"))
                .isEqualTo(40));

        assertThat(forty).isEqualTo(two);
        // And the import itself writes the records as the lines say.
        SupportLogFiles.csv(Api.ADMIN_A, HEADER + line.repeat(3)).post(IMPORT, tenant).then().statusCode(201)
                .body("created", equalTo(3));
        Api.as(Api.ADMIN_A).queryParam("member", volunteer).get(SupportLogs.LOGS, tenant).then()
                .body("total", equalTo(3));
    }

    @Test
    void a_preview_counts_every_record_and_problem_but_lists_only_the_first_hundred() {
        String good = SupportLogFiles.line("AP1", 1);
        String bad = SupportLogFiles.line("ZZ9", 1);
        JsonPath preview = dryRun(HEADER + good.repeat(150) + bad.repeat(120));

        assertThat(preview.getInt("rows")).isEqualTo(270);
        assertThat(preview.getInt("wouldCreateCount")).isEqualTo(150);
        assertThat(preview.getList("wouldCreate")).hasSize(100);
        assertThat(preview.getInt("problemCount")).isEqualTo(120);
        assertThat(preview.getList("problems.line", Integer.class)).hasSize(100).startsWith(152, 153);
        SupportLogFiles.csv(Api.MEMBER, HEADER + good.repeat(150) + bad.repeat(120)).post(IMPORT, tenant).then()
                .statusCode(422).body("detail", containsString("120 in all, the first 100 listed"));
    }

    private JsonPath dryRun(String file) {
        return SupportLogFiles.csv(Api.ADMIN_A, file).queryParam("dryRun", true).post(IMPORT, tenant).then()
                .statusCode(200).extract().jsonPath();
    }
}
