package vn.sohoa.server.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** The DTI preview scores and ranks siblings from approved figures; the export shows the subtree. */
@QuarkusTest
class DtiAndExportTest {

    String province;
    String first;
    String second;
    String share;
    String count;
    String dataSet;

    @BeforeEach
    void two_communes_with_approved_dti_figures() {
        province = Fixtures.newTenant();
        first = Fixtures.newTenant(province);
        second = Fixtures.newTenant(province);
        Fixtures.addMember(second, Api.ADMIN_B, "TENANT_ADMIN");
        share = mapped("PERCENT", "RATIO", "DIGITAL_GOVERNMENT", 40);
        count = mapped("NUMBER", "SUM", "DIGITAL_SOCIETY", 20);
        dataSet = ReportFixtures.dataSet(province, "MONTH", List.of(share, count), List.of(), false);
        ReportFixtures.approved(first, dataSet, "2026-03", form(9, 10, 10));
        ReportFixtures.approved(second, dataSet, "2026-03", form(5, 10, 20));
    }

    private String mapped(String kind, String rule, String pillar, int points) {
        String code = ReportFixtures.code("DTI");
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "Chỉ số " + code, "unit", "số",
                "kind", kind, "acrossTenants", rule, "acrossPeriods", "SUM", "direction", "UP",
                "dti", Map.of("pillar", pillar, "subIndicator", "Chỉ tiêu minh hoạ", "points", points)));
        Api.as(Api.PROVINCE_ADMIN).body(body).post("/api/v1/tenants/{code}/indicators", province).then().statusCode(201);
        return code;
    }

    private Map<String, Object> form(int numerator, int denominator, int number) {
        return Map.of("values", List.of(Map.of("indicatorCode", share, "numerator", numerator, "denominator", denominator),
                Map.of("indicatorCode", count, "value", number)));
    }

    @Test
    void the_preview_scores_each_pillar_and_ranks_the_siblings() {
        // First: 0.9 of 40 points and 10/20 (against the best sibling) of 20 points = 46/60.
        Api.as(Api.PROVINCE_ADMIN).queryParam("year", 2026).get("/api/v1/tenants/{code}/dti", first).then()
                .statusCode(200).body("score", equalTo(0.7667f)).body("rank", equalTo(1)).body("of", equalTo(2))
                .body("pillars.find { it.pillar == 'DIGITAL_GOVERNMENT' }.score", equalTo(0.9f))
                .body("ranking[1].tenantCode", equalTo(second)).body("ranking[1].score", equalTo(0.6667f))
                .body("history.size()", equalTo(5));
        Api.as(Api.ADMIN_B).queryParam("year", 2026).get("/api/v1/tenants/{code}/dti", second).then()
                .statusCode(200).body("rank", equalTo(2));
    }

    @Test
    void the_export_lists_each_unit_and_the_subtree_total_and_a_sibling_cannot_export_another() {
        Api.as(Api.PROVINCE_ADMIN).accept("*/*").get(ReportFixtures.REPORT + "/export", province, dataSet, "2026-03").then()
                .statusCode(200).contentType(startsWith("application/vnd.openxmlformats"));
        Api.as(Api.PROVINCE_ADMIN).accept("*/*").queryParam("format", "csv")
                .get(ReportFixtures.REPORT + "/export", province, dataSet, "2026-03").then().statusCode(200)
                .body(containsString("\"" + first + "\"")).body(containsString("APPROVED"))
                .body(containsString("Tổng (đã duyệt)")).body(containsString("30.0000"));
        Api.as(Api.ADMIN_B).accept("*/*").get(ReportFixtures.REPORT + "/export", first, dataSet, "2026-03").then().statusCode(404);
    }

    @Test
    void the_pdf_report_prints_the_rollup_and_the_submissions_in_vietnamese() throws Exception {
        byte[] pdf = Api.as(Api.PROVINCE_ADMIN).accept("application/pdf")
                .get(ReportFixtures.REPORT + "/pdf", province, dataSet, "2026-03").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Số liệu tổng hợp đã được phê duyệt").contains("Tình hình nộp báo cáo")
                    .contains(share).contains("Đã duyệt: 2");
        }
        Api.as(Api.ADMIN_B).accept("application/pdf").get(ReportFixtures.REPORT + "/pdf", first, dataSet, "2026-03")
                .then().statusCode(404);
    }
}
