package vn.sohoa.server.demo;

import java.math.BigDecimal;
import java.util.List;
import vn.sohoa.platform.pilots.domain.Criterion;
import vn.sohoa.platform.pilots.domain.Direction;
import vn.sohoa.platform.pilots.domain.Kpi;
import vn.sohoa.platform.pilots.domain.KpiKind;
import vn.sohoa.platform.pilots.domain.LevelBand;
import vn.sohoa.platform.pilots.domain.PilotDesign;
import vn.sohoa.platform.pilots.domain.PilotField;
import vn.sohoa.platform.pilots.domain.ScoringMethod;
import vn.sohoa.platform.pilots.domain.Step;
import vn.sohoa.platform.pilots.service.PilotTemplateRequest;
import vn.sohoa.platform.tenancy.domain.TenantKind;

/**
 * The province's four pilot templates, with the KPIs and scoring sheets of the models provinces run (Chợ
 * 4.0, trường học số after QĐ 4725/QĐ-BGDĐT's 100 points and three levels, ấp thông minh, xã chuyển đổi số
 * điểm). Targets and points are plausible demo figures, not official ones.
 */
final class DemoPilotTemplates {

    static final String MARKET = "CHO-4.0";
    static final String SCHOOL = "TRUONG-HOC-SO";
    static final String HAMLET = "AP-THONG-MINH";
    static final String COMMUNE = "XA-CDS-DIEM";

    private static final List<LevelBand> THREE_LEVELS = List.of(band("Mức 1", 0), band("Mức 2", 50), band("Mức 3", 75));

    private DemoPilotTemplates() {
    }

    static List<PilotTemplateRequest> all() {
        return List.of(
                new PilotTemplateRequest(MARKET, "Chợ 4.0 — chợ không dùng tiền mặt", PilotField.COMMERCE,
                        List.of(TenantKind.COMMUNE), "Tiểu thương dùng mã QR, đưa sản phẩm lên sàn thương mại điện tử, "
                        + "thu phí chợ không dùng tiền mặt.", new PilotDesign(List.of(
                        kpi("QR_TRADERS", "Tiểu thương có mã QR thanh toán", KpiKind.PERCENT, "%", 80, true),
                        kpi("ECOM_PRODUCTS", "Sản phẩm trên sàn thương mại điện tử", KpiKind.NUMBER, "sản phẩm", 30, false),
                        kpi("CASHLESS_FEES", "Thu phí chợ không dùng tiền mặt", KpiKind.YES_NO, null, 1, true)),
                        List.of(steps("C1", "Tỷ lệ tiểu thương có mã QR", 40, "QR_TRADERS", 80, 40, 60, 30, 40, 20),
                                criterion("C2", "Sản phẩm trên sàn TMĐT", 30, ScoringMethod.RATIO, "ECOM_PRODUCTS"),
                                criterion("C3", "Thu phí không dùng tiền mặt", 20, ScoringMethod.YES_NO, "CASHLESS_FEES"),
                                criterion("C4", "Tuyên truyền, hướng dẫn tiểu thương", 10, ScoringMethod.MANUAL, null)),
                        THREE_LEVELS), null),
                new PilotTemplateRequest(SCHOOL, "Trường học số", PilotField.EDUCATION, List.of(TenantKind.SCHOOL),
                        "Chuyển đổi số trong dạy, học và quản trị nhà trường; 100 điểm, ba mức.", new PilotDesign(List.of(
                        kpi("LMS_TEACHERS", "Giáo viên dạy học trên hệ thống LMS", KpiKind.PERCENT, "%", 80, true),
                        kpi("DIGITAL_LESSONS", "Bài giảng số được chia sẻ", KpiKind.NUMBER, "bài", 100, false),
                        kpi("DIGITAL_RECORDS", "Học bạ số", KpiKind.YES_NO, null, 1, true),
                        kpi("CASHLESS_TUITION", "Học phí thu không dùng tiền mặt", KpiKind.PERCENT, "%", 90, false)),
                        List.of(steps("T1", "Dạy học trực tuyến, LMS", 25, "LMS_TEACHERS", 80, 25, 60, 15, 40, 10),
                                criterion("T2", "Học liệu số", 25, ScoringMethod.RATIO, "DIGITAL_LESSONS"),
                                criterion("T3", "Quản trị nhà trường: học bạ số", 25, ScoringMethod.YES_NO, "DIGITAL_RECORDS"),
                                criterion("T4", "Hạ tầng, thiết bị và an toàn thông tin", 25, ScoringMethod.MANUAL, null)),
                        THREE_LEVELS), null),
                new PilotTemplateRequest(HAMLET, "Ấp/khu vực thông minh", PilotField.SOCIETY, List.of(TenantKind.COMMUNE),
                        "Địa chỉ số cho hộ dân, Wi-Fi miễn phí tại nhà văn hóa, camera công cộng.", new PilotDesign(List.of(
                        kpi("DIGITAL_ADDRESS", "Hộ dân có địa chỉ số", KpiKind.PERCENT, "%", 90, true),
                        kpi("FREE_WIFI", "Wi-Fi miễn phí tại nhà văn hóa", KpiKind.YES_NO, null, 1, false),
                        kpi("CAMERAS", "Camera an ninh công cộng", KpiKind.NUMBER, "camera", 12, false)),
                        List.of(steps("A1", "Địa chỉ số", 40, "DIGITAL_ADDRESS", 90, 40, 70, 30, 50, 20),
                                criterion("A2", "Wi-Fi công cộng", 20, ScoringMethod.YES_NO, "FREE_WIFI"),
                                criterion("A3", "Camera công cộng", 30, ScoringMethod.RATIO, "CAMERAS"),
                                criterion("A4", "Tổ công nghệ số cộng đồng hoạt động", 10, ScoringMethod.MANUAL, null)),
                        THREE_LEVELS), null),
                new PilotTemplateRequest(COMMUNE, "Xã chuyển đổi số điểm", PilotField.GOVERNMENT, List.of(TenantKind.COMMUNE),
                        "Hồ sơ xử lý trực tuyến, cán bộ được tập huấn kỹ năng số, phủ sóng 4G và cáp quang.",
                        new PilotDesign(List.of(
                                kpi("ONLINE_FILES", "Hồ sơ thủ tục hành chính xử lý trực tuyến", KpiKind.PERCENT, "%", 80, true),
                                kpi("TRAINED_OFFICIALS", "Cán bộ được tập huấn kỹ năng số", KpiKind.NUMBER, "người", 45, false),
                                kpi("COVERAGE_4G", "Phủ sóng 4G", KpiKind.PERCENT, "%", 95, true),
                                kpi("FIBRE_HOUSEHOLDS", "Hộ gia đình có cáp quang", KpiKind.PERCENT, "%", 50, false)),
                                List.of(steps("X1", "Hồ sơ trực tuyến", 30, "ONLINE_FILES", 80, 30, 60, 20, 40, 10),
                                        criterion("X2", "Tập huấn kỹ năng số", 20, ScoringMethod.RATIO, "TRAINED_OFFICIALS"),
                                        steps("X3", "Phủ sóng 4G", 20, "COVERAGE_4G", 95, 20, 85, 10),
                                        criterion("X4", "Cáp quang hộ gia đình", 20, ScoringMethod.RATIO, "FIBRE_HOUSEHOLDS"),
                                        criterion("X5", "Chỉ đạo, điều hành", 10, ScoringMethod.MANUAL, null)),
                                THREE_LEVELS), null));
    }

    private static Kpi kpi(String code, String name, KpiKind kind, String unit, int target, boolean key) {
        return new Kpi(code, name, kind, Direction.UP, unit, null, BigDecimal.valueOf(target), key);
    }

    private static Criterion criterion(String code, String name, int max, ScoringMethod method, String kpi) {
        return new Criterion(code, name, BigDecimal.valueOf(max), method, kpi, List.of(), "Báo cáo kèm tài liệu kiểm chứng",
                "Sở Khoa học và Công nghệ");
    }

    /** A STEPS criterion: pairs of threshold and points, highest first. */
    private static Criterion steps(String code, String name, int max, String kpi, int... thresholdsAndPoints) {
        List<Step> steps = new java.util.ArrayList<>();
        for (int i = 0; i < thresholdsAndPoints.length; i += 2) {
            steps.add(new Step(BigDecimal.valueOf(thresholdsAndPoints[i]), BigDecimal.valueOf(thresholdsAndPoints[i + 1])));
        }
        return new Criterion(code, name, BigDecimal.valueOf(max), ScoringMethod.STEPS, kpi, steps,
                "Danh sách, số liệu thống kê có xác nhận", "Sở Khoa học và Công nghệ");
    }

    private static LevelBand band(String name, int minPoints) {
        return new LevelBand(name, BigDecimal.valueOf(minPoints));
    }
}
