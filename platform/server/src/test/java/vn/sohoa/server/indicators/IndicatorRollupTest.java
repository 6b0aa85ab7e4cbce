package vn.sohoa.server.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/**
 * Approved values roll up the tree by each indicator's rule, from the approved values kept as forms are
 * approved: percentages as a ratio of sums, and a merged commune's history once in its successor.
 */
@QuarkusTest
class IndicatorRollupTest {

    static final String ROLLUP = "/api/v1/tenants/{code}/indicator-rollup";

    String province;
    String first;
    String second;
    String share;
    String count;
    String dataSet;

    @BeforeEach
    void two_communes_with_approved_shares_and_counts() {
        province = Fixtures.newTenant();
        first = Fixtures.newTenant(province);
        second = Fixtures.newTenant(province);
        Fixtures.newTenant(province);
        share = ReportFixtures.indicator(province, "PERCENT", "RATIO", null);
        count = ReportFixtures.indicator(province, "NUMBER", "SUM", null);
        dataSet = ReportFixtures.dataSet(province, "MONTH", List.of(share, count), List.of(), false);
        ReportFixtures.approved(first, dataSet, "2026-11", form(1, 2, 10));
        ReportFixtures.approved(second, dataSet, "2026-11", form(1, 10, 5));
    }

    private Map<String, Object> form(int numerator, int denominator, int number) {
        return Map.of("values", List.of(Map.of("indicatorCode", share, "numerator", numerator, "denominator", denominator),
                Map.of("indicatorCode", count, "value", number)));
    }

    @Test
    void percentages_roll_up_as_a_ratio_of_sums_not_an_average_of_percentages() {
        // 1/2 and 1/10: the ratio of sums is 2/12 = 16.67 %, the average of the percentages would be 30 %.
        Api.as(Api.PROVINCE_ADMIN).queryParam("dataSet", dataSet).queryParam("period", "2026-11").get(ROLLUP, province)
                .then().statusCode(200).body("tenants", equalTo(4)).body("expected", equalTo(3))
                .body("values.find { it.indicatorCode == '" + share + "' }.value", equalTo(16.6667f))
                .body("values.find { it.indicatorCode == '" + share + "' }.numerator", equalTo(2.0f))
                .body("values.find { it.indicatorCode == '" + share + "' }.denominator", equalTo(12.0f))
                .body("values.find { it.indicatorCode == '" + share + "' }.reported", equalTo(2))
                .body("values.find { it.indicatorCode == '" + count + "' }.value", equalTo(15.0f));
    }

    @Test
    void an_unapproved_form_leaves_the_rollup_and_a_submitted_one_never_enters_it() {
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("comment", "kiểm tra lại"))
                .post(ReportFixtures.REPORT + "/unapprove", second, dataSet, "2026-11").then().statusCode(200);
        Api.as(Api.PROVINCE_ADMIN).post(ReportFixtures.REPORT + "/submit", second, dataSet, "2026-11")
                .then().statusCode(200);
        Api.as(Api.PROVINCE_ADMIN).queryParam("dataSet", dataSet).queryParam("period", "2026-11").get(ROLLUP, province)
                .then().statusCode(200)
                .body("values.find { it.indicatorCode == '" + count + "' }.value", equalTo(10.0f))
                .body("values.find { it.indicatorCode == '" + count + "' }.reported", equalTo(1));
    }

    /** Merges both communes with approved forms into a new one, from 01/07/2025; returns its code. */
    private String mergedIntoOne() {
        String successor = "M" + UUID.randomUUID().toString().substring(0, 8);
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("sourceCodes", List.of(first, second),
                        "target", Map.of("code", successor, "name", "Xã Hợp Nhất", "kind", "COMMUNE",
                                "parentCode", province), "effectiveDate", "2025-07-01"))
                .post("/api/v1/tenant-merges").then().statusCode(201);
        return successor;
    }

    @Test
    void a_merged_communes_approved_history_counts_once_in_its_successor_and_above() {
        String successor = mergedIntoOne();
        ReportFixtures.approved(successor, dataSet, "2026-12", form(3, 4, 7));
        for (String root : List.of(successor, province)) {
            Api.as(Api.PROVINCE_ADMIN).queryParam("dataSet", dataSet).queryParam("period", "2026-11").get(ROLLUP, root)
                    .then().statusCode(200)
                    .body("values.find { it.indicatorCode == '" + count + "' }.value", equalTo(15.0f))
                    .body("values.find { it.indicatorCode == '" + count + "' }.reported", equalTo(2));
        }
        Api.as(Api.PROVINCE_ADMIN).queryParam("dataSet", dataSet).queryParam("period", "2026-12").get(ROLLUP, province)
                .then().statusCode(200)
                .body("values.find { it.indicatorCode == '" + count + "' }.value", equalTo(7.0f));
    }

    @Test
    void the_export_lists_merged_communes_under_their_successor_once_so_the_rows_add_up_to_the_total() {
        String successor = mergedIntoOne();
        for (String root : List.of(province, successor)) {
            List<String> lines = Api.as(Api.PROVINCE_ADMIN).accept("*/*").queryParam("format", "csv")
                    .get(ReportFixtures.REPORT + "/export", root, dataSet, "2026-11").then().statusCode(200)
                    .extract().asString().lines().toList();
            int at = lines.indexOf(lines.stream().filter(line -> line.startsWith("\"" + successor + "\"")).findFirst()
                    .orElseThrow());
            assertThat(lines.get(at)).contains("MISSING");
            assertThat(lines.subList(at + 1, at + 3)).allSatisfy(line -> assertThat(line)
                    .contains("(đã sáp nhập vào " + successor + " từ 01/07/2025)").contains("APPROVED"));
            for (String predecessor : List.of(first, second)) {
                assertThat(lines).filteredOn(line -> line.startsWith("\"" + predecessor + "\"")).singleElement()
                        .satisfies(line -> assertThat(line).contains(predecessor.equals(first) ? "\"10.0000\"" : "\"5.0000\""));
            }
            assertThat(lines.getLast()).contains("Tổng (đã duyệt)").contains("\"15.0000\"");
        }
    }

    @Test
    void completeness_counts_who_owes_submitted_and_approved_and_lists_the_missing() {
        Api.as(Api.PROVINCE_ADMIN).get(ReportFixtures.REPORT + "/completeness", province, dataSet, "2026-11")
                .then().statusCode(200).body("expected", equalTo(3)).body("submitted", equalTo(2))
                .body("approved", equalTo(2)).body("missing.size()", equalTo(1))
                .body("units.tenantCode", hasItems(first, second));
    }
}
