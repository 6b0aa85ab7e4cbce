package vn.sohoa.server.supportlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static vn.sohoa.server.supportlog.SupportLogFiles.EXPORT;
import static vn.sohoa.server.supportlog.SupportLogFiles.XLSX;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** The support log as a CSV or XLSX file, with the list's filter, for anyone who may read the list. */
@QuarkusTest
class SupportLogExportTest {

    static final List<String> COLUMNS = List.of("id", "occurredAt", "unitCode", "teamId", "memberId", "categoryCode",
            "channel", "peopleCount", "ageBand", "gender", "durationMinutes", "outcome", "note", "author",
            "createdAt", "version");

    String tenant;
    int newest;
    int group;

    @BeforeEach
    void a_commune_with_three_records_of_which_one_was_deleted() {
        tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.MEMBER, "TEAM_MEMBER");
        Fixtures.addMember(tenant, Api.VIEWER, "VIEWER");
        Fixtures.addUnit(tenant, "AP1");
        Fixtures.addUnit(tenant, "AP2");
        var first = SupportLogs.record();
        first.put("note", "Hướng dẫn \"Dịch vụ công\", nộp hồ sơ");
        newest = SupportLogs.log(Api.MEMBER, tenant, first);
        var second = SupportLogs.record();
        second.put("occurredAt", SupportLogFiles.hoursAgo(2));
        second.put("unitCode", "AP2");
        second.put("peopleCount", 12);
        second.put("channel", "COMMUNITY_EVENT");
        second.remove("ageBand");
        second.remove("gender");
        second.remove("note");
        group = SupportLogs.log(Api.MEMBER, tenant, second);
        var third = SupportLogs.record();
        third.put("occurredAt", SupportLogFiles.hoursAgo(3));
        int deleted = SupportLogs.log(Api.MEMBER, tenant, third);
        Api.as(Api.MEMBER).body(Map.of("reason", "Ghi nhầm")).delete(SupportLogs.LOG, tenant, deleted)
                .then().statusCode(204);
    }

    @Test
    void the_csv_export_has_the_api_field_names_and_the_live_records_newest_first() throws IOException {
        var response = Api.as(Api.VIEWER).accept("text/csv").get(EXPORT, tenant).then().statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"support-logs-" + tenant + ".csv\"").extract();
        assertThat(response.contentType()).containsIgnoringCase("charset=UTF-8");
        byte[] bytes = response.asByteArray();
        assertThat(bytes[0]).as("no byte-order mark").isEqualTo((byte) '"');
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(new String(bytes, StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(rows.getFirst().toList()).isEqualTo(COLUMNS);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).toList()).startsWith(String.valueOf(newest)).contains("AP1", "VNEID", "HOME_VISIT",
                "FROM_60", "FEMALE", "Hướng dẫn \"Dịch vụ công\", nộp hồ sơ", Api.MEMBER);
        assertThat(rows.get(1).get(COLUMNS.indexOf("occurredAt"))).endsWith("+07:00");
        assertThat(rows.get(2).toList()).startsWith(String.valueOf(group)).contains("AP2", "COMMUNITY_EVENT", "12");
    }

    @Test
    void the_export_takes_the_filter_of_the_list() {
        String csv = Api.as(Api.VIEWER).accept("text/csv").queryParam("unit", "AP2").get(EXPORT, tenant)
                .then().statusCode(200).extract().asString();
        assertThat(csv.lines()).hasSize(2).last().asString().startsWith("\"" + group + "\"");
        String none = Api.as(Api.VIEWER).accept("text/csv").queryParam("to", "2000-01-01").get(EXPORT, tenant)
                .then().statusCode(200).extract().asString();
        assertThat(none.lines()).hasSize(1);
    }

    @Test
    void the_xlsx_export_reads_back_with_the_same_records() throws IOException {
        byte[] file = Api.as(Api.VIEWER).accept(XLSX).queryParam("format", "xlsx").get(EXPORT, tenant)
                .then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString("support-logs-" + tenant + ".xlsx"))
                .extract().asByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.getFirst().stream().map(cell -> cell.getText()).toList()).isEqualTo(COLUMNS);
            Row first = rows.get(1);
            assertThat(first.getCellAsNumber(0)).hasValueSatisfying(id -> assertThat(id.intValue()).isEqualTo(newest));
            assertThat(first.getCellText(12)).isEqualTo("Hướng dẫn \"Dịch vụ công\", nộp hồ sơ");
            assertThat(rows.get(2).getCellAsNumber(7)).hasValueSatisfying(count -> assertThat(count.intValue())
                    .isEqualTo(12));
            assertThat(rows.get(2).getCellText(2)).isEqualTo("AP2");
        }
    }

    @Test
    void an_unknown_format_or_a_bad_filter_is_a_400_problem() {
        Api.as(Api.VIEWER).accept("*/*").queryParam("format", "pdf").get(EXPORT, tenant).then().statusCode(400)
                .contentType("application/problem+json").body("errors.message", hasItem("must be csv or xlsx"));
        Api.as(Api.VIEWER).accept("*/*").queryParam("from", "hôm qua").get(EXPORT, tenant).then().statusCode(400)
                .contentType("application/problem+json");
    }
}
