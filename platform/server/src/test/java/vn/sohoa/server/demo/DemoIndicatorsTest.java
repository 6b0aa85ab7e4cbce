package vn.sohoa.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.indicators.domain.Indicator;
import vn.sohoa.platform.indicators.domain.IndicatorSource;
import vn.sohoa.platform.indicators.service.DtiPreview;
import vn.sohoa.platform.indicators.service.IndicatorRollup;
import vn.sohoa.platform.indicators.service.IndicatorService;
import vn.sohoa.platform.indicators.service.ReportCompleteness;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.server.support.TestClock;

/** The demo indicators, reports and DTI history, loaded into the demo province once, on a fixed day. */
@QuarkusTest
class DemoIndicatorsTest {

    @Inject
    TestClock clock;

    /** Half an hour into 2027 in Vietnam (still 2026 in UTC): the twelve months and the DTI year are those of 2026. */
    @BeforeEach
    void on_a_fixed_day() {
        clock.startAt(OffsetDateTime.parse("2027-01-01T00:30:00+07:00").toInstant());
    }

    @AfterEach
    void back_to_the_systems_time() {
        clock.reset();
    }

    @Inject
    DemoIndicators demo;

    @Inject
    DemoProvince demoProvince;

    @Inject
    TenantWork work;

    @Inject
    IndicatorService indicators;

    @Inject
    IndicatorRollup rollup;

    @Inject
    ReportCompleteness completeness;

    @Inject
    DtiPreview dti;

    @Test
    void the_demo_province_gets_a_catalogue_a_year_of_forms_in_mixed_states_and_its_recorded_ranks_once_rolled_up() {
        demoProvince.provision();

        int forms = demo.load();

        assertThat(forms).isBetween(120, 220);
        assertThat(work.inTenant("31318", () -> indicators.visible())).hasSize(28)
                .extracting(Indicator::source).contains(IndicatorSource.TEAM_MEMBERS_TRAINED,
                        IndicatorSource.PILOTS_RUNNING, IndicatorSource.PILOTS_RECOGNISED);
        DtiPreview.Dti province = work.inTenant(DemoIndicators.PROVINCE, () -> dti.of(2026));
        assertThat(province.recorded()).extracting(DtiPreview.Recorded::rank).containsExactly(28, 17, 12);
        DtiPreview.Dti commune = work.inTenant("31318", () -> dti.of(2026));
        assertThat(commune.of()).isGreaterThan(1);
        assertThat(commune.score()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        assertThat(demo.load()).isZero();

        List<String> months = demo.monthLabels();
        IndicatorRollup.Rollup old = work.inTenant(DemoIndicators.PROVINCE,
                () -> rollup.of(DemoIndicators.COMMUNE_REPORT, months.getFirst()));
        assertThat(old.values()).filteredOn(value -> value.indicatorCode().equals("CQ-01")).singleElement()
                .satisfies(value -> assertThat(value.reported()).isGreaterThan(5));
        ReportCompleteness.Completeness latest = work.inTenant(DemoIndicators.PROVINCE,
                () -> completeness.of(DemoIndicators.COMMUNE_REPORT, months.getLast()));
        assertThat(latest.missing()).isNotEmpty();
        assertThat(latest.expected()).isGreaterThan(latest.submitted());
    }
}
