package vn.sohoa.server.pilots;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.pilots.domain.Actual;
import vn.sohoa.platform.pilots.domain.Criterion;
import vn.sohoa.platform.pilots.domain.Direction;
import vn.sohoa.platform.pilots.domain.Kpi;
import vn.sohoa.platform.pilots.domain.KpiKind;
import vn.sohoa.platform.pilots.domain.Scoring;
import vn.sohoa.platform.pilots.domain.ScoringMethod;
import vn.sohoa.platform.pilots.domain.Step;

/**
 * A criterion's automatic points follow the scoring sheet, and a better figure never earns fewer: higher where higher
 * is better (traders paying by QR), lower where lower is better (days to handle a file).
 */
class ScoringTest {

    private static final Kpi QR = new Kpi("QR", "Tiểu thương có mã QR", KpiKind.PERCENT, Direction.UP, "%", null,
            new BigDecimal("90"), true);
    private static final Kpi LATE = new Kpi("LATE", "Hồ sơ trễ hạn", KpiKind.PERCENT, Direction.DOWN, "%", null,
            new BigDecimal("5"), false);
    private static final Kpi DAYS = new Kpi("DAYS", "Số ngày giải quyết hồ sơ", KpiKind.NUMBER, Direction.DOWN, "ngày",
            null, new BigDecimal("3"), true);
    private static final Kpi TRADERS = new Kpi("TRADERS", "Tiểu thương tham gia", KpiKind.NUMBER, Direction.UP, "người",
            null, new BigDecimal("200"), false);

    @Test
    void a_ratio_gives_a_share_of_the_maximum_that_grows_as_the_figure_gets_better() {
        assertThat(points(ratio("QR"), QR, percent(92, 100))).isEqualByComparingTo("18.40");
        assertThat(points(ratio("LATE"), LATE, percent(10, 100))).isEqualByComparingTo("18.00");
        assertThat(points(ratio("LATE"), LATE, percent(40, 100))).isEqualByComparingTo("12.00");
        assertThat(points(ratio("TRADERS"), TRADERS, number(150))).isEqualByComparingTo("15.00");
        assertThat(points(ratio("TRADERS"), TRADERS, number(260))).isEqualByComparingTo("20.00");
        // Six days against a target of three earns half; three or fewer earn the whole; worse never earns more.
        assertThat(points(ratio("DAYS"), DAYS, number(6))).isEqualByComparingTo("10.00");
        assertThat(points(ratio("DAYS"), DAYS, number(3))).isEqualByComparingTo("20.00");
        assertThat(points(ratio("DAYS"), DAYS, number(0))).isEqualByComparingTo("20.00");
        assertThat(points(ratio("DAYS"), DAYS, number(12))).isLessThan(points(ratio("DAYS"), DAYS, number(6)));
    }

    @Test
    void steps_take_the_highest_threshold_reached_in_the_kpis_direction_and_yes_no_all_or_nothing() {
        Criterion qrSteps = criterion("QR", ScoringMethod.STEPS, List.of(step(90, 20), step(70, 15), step(50, 10)));
        assertThat(points(qrSteps, QR, percent(75, 100))).isEqualByComparingTo("15");
        assertThat(points(qrSteps, QR, percent(40, 100))).isEqualByComparingTo("0");
        Criterion daySteps = criterion("DAYS", ScoringMethod.STEPS, List.of(step(3, 20), step(5, 10)));
        assertThat(points(daySteps, DAYS, number(2))).isEqualByComparingTo("20");
        assertThat(points(daySteps, DAYS, number(4))).isEqualByComparingTo("10");
        assertThat(points(daySteps, DAYS, number(7))).isEqualByComparingTo("0");
        Criterion fee = criterion("FEE", ScoringMethod.YES_NO, List.of());
        Kpi feeKpi = new Kpi("FEE", "Miễn phí giao dịch", KpiKind.YES_NO, Direction.UP, null, null, BigDecimal.ONE, false);
        assertThat(points(fee, feeKpi, number(1))).isEqualByComparingTo("20");
        assertThat(points(fee, feeKpi, number(0))).isEqualByComparingTo("0");
    }

    @Test
    void a_manual_criterion_a_kpi_without_an_actual_and_a_number_without_a_target_have_no_automatic_points() {
        assertThat(Scoring.automatic(criterion("QR", ScoringMethod.MANUAL, List.of()), QR, percent(1, 2))).isNull();
        assertThat(Scoring.automatic(ratio("QR"), QR, null)).isNull();
        Kpi noTarget = new Kpi("DAYS", "Số ngày", KpiKind.NUMBER, Direction.DOWN, "ngày", null, null, false);
        assertThat(Scoring.automatic(ratio("DAYS"), noTarget, number(4))).isNull();
    }

    private static BigDecimal points(Criterion criterion, Kpi kpi, Actual actual) {
        return Scoring.automatic(criterion, kpi, actual);
    }

    private static Criterion ratio(String kpi) {
        return criterion(kpi, ScoringMethod.RATIO, List.of());
    }

    private static Criterion criterion(String kpi, ScoringMethod method, List<Step> steps) {
        return new Criterion("C1", "Tiêu chí", new BigDecimal("20"), method, kpi, steps, null, null);
    }

    private static Step step(int threshold, int points) {
        return new Step(BigDecimal.valueOf(threshold), BigDecimal.valueOf(points));
    }

    private static Actual percent(int numerator, int denominator) {
        return Actual.of(KpiKind.PERCENT, null, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    private static Actual number(int value) {
        return Actual.of(KpiKind.NUMBER, BigDecimal.valueOf(value), null, null);
    }
}
