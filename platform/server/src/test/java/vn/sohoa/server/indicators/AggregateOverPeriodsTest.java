package vn.sohoa.server.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.indicators.domain.Aggregate;
import vn.sohoa.platform.indicators.domain.Aggregate.Figure;
import vn.sohoa.platform.indicators.domain.Direction;
import vn.sohoa.platform.indicators.domain.Indicator;
import vn.sohoa.platform.indicators.domain.IndicatorDraft;
import vn.sohoa.platform.indicators.domain.IndicatorKind;
import vn.sohoa.platform.indicators.domain.PeriodAggregation;
import vn.sohoa.platform.indicators.domain.TenantAggregation;

/**
 * A year's figure from its months, by the indicator's rule across periods, as the DTI preview and the targets read
 * it: acts add up, a count of households on record is the last month's, a monthly average is averaged, and a
 * percentage is the ratio of all numerators over all denominators, never an average of percentages.
 */
class AggregateOverPeriodsTest {

    private static final List<Figure> THREE_MONTHS = List.of(number(120), number(80), number(100));

    @Test
    void sum_adds_the_months_last_takes_the_latest_and_average_divides_by_the_months_reported() {
        assertThat(Aggregate.overPeriods(indicator(PeriodAggregation.SUM), THREE_MONTHS).value()).isEqualByComparingTo("300");
        assertThat(Aggregate.overPeriods(indicator(PeriodAggregation.LAST), THREE_MONTHS).value()).isEqualByComparingTo("100");
        assertThat(Aggregate.overPeriods(indicator(PeriodAggregation.AVERAGE), THREE_MONTHS).value()).isEqualByComparingTo("100");
        assertThat(Aggregate.overPeriods(indicator(PeriodAggregation.AVERAGE),
                List.of(number(120), new Figure(null, null, null), number(60))).value()).isEqualByComparingTo("90");
    }

    @Test
    void a_percentage_over_months_is_the_ratio_of_the_sums_and_last_keeps_the_last_months_pair() {
        List<Figure> shares = List.of(percent(90, 100), percent(10, 900));
        Figure year = Aggregate.overPeriods(indicator(PeriodAggregation.AVERAGE), shares);
        assertThat(year.numerator()).isEqualByComparingTo("100");
        assertThat(year.denominator()).isEqualByComparingTo("1000");
        assertThat(year.value()).isEqualByComparingTo("10"); // not (90 % + 1.1 %) / 2
        Figure last = Aggregate.overPeriods(indicator(PeriodAggregation.LAST), shares);
        assertThat(last.numerator()).isEqualByComparingTo("10");
        assertThat(last.denominator()).isEqualByComparingTo("900");
    }

    @Test
    void no_period_gives_no_figure() {
        Figure none = Aggregate.overPeriods(indicator(PeriodAggregation.SUM), List.of());
        assertThat(none.value()).isNull();
        assertThat(none.numerator()).isNull();
    }

    private static Indicator indicator(PeriodAggregation acrossPeriods) {
        return new Indicator("93", new IndicatorDraft("KT-01", "Lượt giao dịch", "lượt", IndicatorKind.NUMBER,
                TenantAggregation.SUM, acrossPeriods, Direction.UP, null, null, null, null, null));
    }

    private static Figure number(int value) {
        return new Figure(BigDecimal.valueOf(value), null, null);
    }

    private static Figure percent(int numerator, int denominator) {
        return new Figure(BigDecimal.valueOf(100.0 * numerator / denominator), BigDecimal.valueOf(numerator),
                BigDecimal.valueOf(denominator));
    }
}
