package vn.sohoa.server.demo;

import java.math.BigDecimal;
import java.util.List;
import vn.sohoa.platform.indicators.domain.Direction;
import vn.sohoa.platform.indicators.domain.DtiPillar;
import vn.sohoa.platform.indicators.domain.IndicatorDraft;
import vn.sohoa.platform.indicators.domain.IndicatorKind;
import vn.sohoa.platform.indicators.domain.IndicatorSource;
import vn.sohoa.platform.indicators.domain.PeriodAggregation;
import vn.sohoa.platform.indicators.domain.TenantAggregation;

/**
 * The demo province's indicator catalogue: 28 indicators across the DTI pillars, ten of them filled by Sohoa from
 * its own records (teams, training, support log, pilot models). The official sub-indicators
 * of DTI 2025 are not verified here, so this is a demo set, and its sub-indicator texts say so.
 */
final class DemoIndicatorCatalogue {

    static final String DEMO = "Chỉ tiêu minh hoạ (bộ demo, không phải bộ DTI 2025 chính thức)";

    /** Indicators of the commune report, then those only departments report. */
    static final List<IndicatorDraft> COMMUNE = List.of(
            yesNo("NT-01", "Ban chỉ đạo chuyển đổi số hoạt động thường xuyên", DtiPillar.DIGITAL_AWARENESS, 20),
            number("NT-02", "Tin, bài tuyên truyền chuyển đổi số", "bài", DtiPillar.DIGITAL_AWARENESS, 15, null, null),
            number("NT-03", "Hội nghị, buổi tập huấn nâng cao nhận thức số", "buổi", DtiPillar.DIGITAL_AWARENESS, 15, null, null),
            yesNo("TC-01", "Kế hoạch chuyển đổi số năm được ban hành", DtiPillar.DIGITAL_INSTITUTIONS, 20),
            number("TC-03", "Mô hình thí điểm chuyển đổi số đang triển khai", "mô hình", DtiPillar.DIGITAL_INSTITUTIONS,
                    10, IndicatorSource.PILOTS_RUNNING, null),
            number("TC-04", "Mô hình thí điểm chuyển đổi số được đánh giá, công nhận", "mô hình",
                    DtiPillar.DIGITAL_INSTITUTIONS, 10, IndicatorSource.PILOTS_RECOGNISED, null),
            percent("HT-01", "Tỷ lệ ấp, khu vực có sóng di động 4G", DtiPillar.DIGITAL_INFRASTRUCTURE, 20, null),
            percent("HT-02", "Tỷ lệ hộ gia đình có cáp quang", DtiPillar.DIGITAL_INFRASTRUCTURE, 20, null),
            number("HT-03", "Điểm Wi-Fi công cộng miễn phí", "điểm", DtiPillar.DIGITAL_INFRASTRUCTURE, 10, null, null),
            number("NL-01", "Tổ công nghệ số cộng đồng đang hoạt động", "tổ", DtiPillar.DIGITAL_WORKFORCE, 15,
                    IndicatorSource.ACTIVE_TEAMS, null),
            number("NL-02", "Thành viên tổ công nghệ số cộng đồng", "người", DtiPillar.DIGITAL_WORKFORCE, 10,
                    IndicatorSource.ACTIVE_TEAM_MEMBERS, null),
            percent("NL-03", "Tỷ lệ ấp, khu vực có tổ công nghệ số cộng đồng hoạt động", DtiPillar.DIGITAL_WORKFORCE, 20,
                    IndicatorSource.HAMLETS_COVERED),
            percent("NL-04", "Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số", DtiPillar.DIGITAL_WORKFORCE, 15, null),
            percent("NL-05", "Tỷ lệ thành viên tổ công nghệ số cộng đồng đã hoàn thành bồi dưỡng kỹ năng số",
                    DtiPillar.DIGITAL_WORKFORCE, 15, IndicatorSource.TEAM_MEMBERS_TRAINED),
            down("AT-02", "Sự cố mất an toàn thông tin mạng", DtiPillar.CYBERSECURITY, 15),
            percent("CQ-01", "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến", DtiPillar.DIGITAL_GOVERNMENT, 40, null),
            percent("CQ-02", "Tỷ lệ văn bản trao đổi dưới dạng điện tử", DtiPillar.DIGITAL_GOVERNMENT, 30, null),
            percent("CQ-03", "Tỷ lệ hồ sơ giải quyết đúng hạn", DtiPillar.DIGITAL_GOVERNMENT, 30, null),
            number("CQ-04", "Lượt hỗ trợ kích hoạt tài khoản định danh điện tử VNeID", "lượt", DtiPillar.DIGITAL_GOVERNMENT,
                    20, IndicatorSource.SUPPORT_ACTS, "VNEID"),
            percent("KT-01", "Tỷ lệ hộ kinh doanh có mã QR thanh toán", DtiPillar.DIGITAL_ECONOMY, 30, null),
            number("KT-02", "Sản phẩm OCOP, nông sản trên sàn thương mại điện tử", "sản phẩm", DtiPillar.DIGITAL_ECONOMY,
                    20, null, null),
            number("KT-03", "Lượt hỗ trợ thanh toán không dùng tiền mặt", "lượt", DtiPillar.DIGITAL_ECONOMY, 15,
                    IndicatorSource.SUPPORT_ACTS, "CASHLESS"),
            number("XH-01", "Lượt người dân được tổ công nghệ số hỗ trợ", "người", DtiPillar.DIGITAL_SOCIETY, 20,
                    IndicatorSource.PEOPLE_HELPED, null),
            percent("XH-02", "Tỷ lệ người dân có sổ sức khỏe điện tử", DtiPillar.DIGITAL_SOCIETY, 20, null),
            number("XH-03", "Lượt hỗ trợ kỹ năng số của tổ công nghệ số cộng đồng", "lượt", DtiPillar.DIGITAL_SOCIETY, 15,
                    IndicatorSource.SUPPORT_ACTS, null),
            number("DT-01", "Camera giám sát công cộng được kết nối", "camera", DtiPillar.SMART_CITY, 10, null, null));

    static final List<IndicatorDraft> DEPARTMENT = List.of(
            number("TC-02", "Kinh phí chi cho chuyển đổi số", "triệu đồng", DtiPillar.DIGITAL_INSTITUTIONS, 15, null, null),
            yesNo("AT-01", "Hệ thống thông tin được phê duyệt cấp độ an toàn", DtiPillar.CYBERSECURITY, 15));

    private DemoIndicatorCatalogue() {
    }

    private static IndicatorDraft number(String code, String name, String unit, DtiPillar pillar, int points,
                                         IndicatorSource source, String category) {
        // Counts of what exists on a day (teams, members, pilots) carry the period's last figure; acts add up.
        PeriodAggregation periods = source == IndicatorSource.ACTIVE_TEAMS || source == IndicatorSource.ACTIVE_TEAM_MEMBERS
                || source == IndicatorSource.PILOTS_RUNNING || source == IndicatorSource.PILOTS_RECOGNISED
                ? PeriodAggregation.LAST : PeriodAggregation.SUM;
        return new IndicatorDraft(code, name, unit, IndicatorKind.NUMBER, TenantAggregation.SUM, periods, Direction.UP,
                pillar, DEMO, BigDecimal.valueOf(points), source, category);
    }

    private static IndicatorDraft down(String code, String name, DtiPillar pillar, int points) {
        return new IndicatorDraft(code, name, "vụ", IndicatorKind.NUMBER, TenantAggregation.SUM, PeriodAggregation.SUM,
                Direction.DOWN, pillar, DEMO, BigDecimal.valueOf(points), null, null);
    }

    private static IndicatorDraft percent(String code, String name, DtiPillar pillar, int points, IndicatorSource source) {
        return new IndicatorDraft(code, name, "%", IndicatorKind.PERCENT, TenantAggregation.RATIO,
                source == null ? PeriodAggregation.SUM : PeriodAggregation.LAST, Direction.UP, pillar, DEMO,
                BigDecimal.valueOf(points), source, null);
    }

    private static IndicatorDraft yesNo(String code, String name, DtiPillar pillar, int points) {
        return new IndicatorDraft(code, name, "có/không", IndicatorKind.YES_NO, TenantAggregation.RATIO,
                PeriodAggregation.LAST, Direction.UP, pillar, DEMO, BigDecimal.valueOf(points), null, null);
    }
}
