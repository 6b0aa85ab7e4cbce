package vn.sohoa.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.TestClock;

/** "Báo cáo tình hình chuyển đổi số" carries the figures of the dashboard, as a workbook and as a PDF. */
@QuarkusTest
class DashboardReportTest {

    static final String REPORT = "/api/v1/tenants/{code}/dashboard/report.";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    SmallProvince tree;

    @BeforeEach
    void on_20_march_2026() throws Exception {
        clock.startAt(SmallProvince.NOW);
        tree = SmallProvince.of(dataSource);
    }

    @AfterEach
    void back_to_today() {
        clock.reset();
    }

    byte[] report(String format) {
        return Api.as(Api.ADMIN_A).accept("*/*").queryParam("from", "2026-03-01").queryParam("to", "2026-03-31")
                .get(REPORT + format, tree.province).then().statusCode(200).extract().asByteArray();
    }

    @Test
    void the_workbook_has_a_sheet_per_section_and_the_ranking_with_the_dashboards_figures() throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(report("xlsx")))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName)
                    .containsExactly("Tổng quan", "Bao phủ", "Hoạt động", "Bồi dưỡng", "Mô hình thí điểm", "Báo cáo định kỳ",
                            "Chỉ số DTI (ước tính)", "Xếp hạng đơn vị con");
            List<Row> activity = sheets.get(2).read();
            assertThat(activity.get(1).getCellText(0)).isEqualTo("Lượt hỗ trợ");
            assertThat(activity.get(1).getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(5);
            assertThat(activity.get(1).getCellAsNumber(2).orElseThrow().intValue()).isEqualTo(2);
            assertThat(activity).extracting(row -> row.getCellText(0))
                    .as("support categories named by their labels, as on the page")
                    .contains("Kích hoạt tài khoản định danh điện tử VNeID").doesNotContain("VNEID");
            List<Row> ranking = sheets.get(7).read();
            assertThat(ranking.get(0).getCellText(2)).isEqualTo("coverage");
            assertThat(ranking.subList(1, ranking.size())).extracting(row -> row.getCellText(0))
                    .containsExactlyInAnyOrder(tree.district1, tree.district2);
        }
    }

    @Test
    void the_pdf_is_written_in_vietnamese_with_the_same_figures() throws Exception {
        byte[] pdf = report("pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Báo cáo tình hình chuyển đổi số", "Xã thử " + tree.province,
                    "Thôn, ấp, tổ dân phố", "01/03/2026").containsPattern("Lượt hỗ trợ\\s+5\\s+2");
        }
    }
}
