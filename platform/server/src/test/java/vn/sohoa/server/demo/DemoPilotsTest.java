package vn.sohoa.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.admin.tenants.service.TenantDraft;
import vn.sohoa.platform.indicators.domain.Direction;
import vn.sohoa.platform.indicators.domain.Indicator;
import vn.sohoa.platform.indicators.domain.IndicatorDraft;
import vn.sohoa.platform.indicators.domain.IndicatorKind;
import vn.sohoa.platform.indicators.domain.IndicatorSource;
import vn.sohoa.platform.indicators.domain.PeriodAggregation;
import vn.sohoa.platform.indicators.domain.ReportPeriod;
import vn.sohoa.platform.indicators.domain.TenantAggregation;
import vn.sohoa.platform.indicators.service.AutomaticValues;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.pilots.domain.Pilot;
import vn.sohoa.platform.pilots.domain.PilotStatus;
import vn.sohoa.platform.pilots.service.PilotFilter;
import vn.sohoa.platform.pilots.service.PilotReplicationService;
import vn.sohoa.platform.pilots.service.PilotService;
import vn.sohoa.platform.pilots.service.PilotTemplateService;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.server.support.TestClock;

/**
 * The demo pilot models, loaded into the demo province as `./sohoa run` does, on a fixed day: every state, five
 * replicas, and "Trường học số" in the three schools; their steps take effect in the pilots' past months, which the
 * indicators count.
 */
@QuarkusTest
class DemoPilotsTest {

    @Inject
    TestClock clock;

    /** Mid-morning on 15/11/2026 in Vietnam: the pilots' months and actuals end in November 2026. */
    @BeforeEach
    void on_a_fixed_day() {
        clock.startAt(OffsetDateTime.parse("2026-11-15T10:00:00+07:00").toInstant());
    }

    @AfterEach
    void back_to_the_systems_time() {
        clock.reset();
    }

    @Inject
    DemoPilots demo;

    @Inject
    DemoProvince demoProvince;

    @Inject
    TenantWork work;

    @Inject
    PilotTemplateService templates;

    @Inject
    PilotService pilots;

    @Inject
    PilotReplicationService replications;

    @Inject
    AutomaticValues automatic;

    @Test
    void the_demo_province_gets_four_templates_and_pilots_in_every_state_once() {
        List<TenantDraft> drafts = demoProvince.provision();

        demo.load();
        demo.load();

        assertThat(work.inTenant("93", () -> templates.visible()).stream().map(t -> t.code()))
                .containsExactlyInAnyOrder("CHO-4.0", "TRUONG-HOC-SO", "AP-THONG-MINH", "XA-CDS-DIEM");
        Set<PilotStatus> seen = EnumSet.noneOf(PilotStatus.class);
        drafts.stream().filter(draft -> draft.kind() == TenantKind.COMMUNE).forEach(draft -> work.inTenant(draft.code(),
                () -> pilots.list(new PageRequest(0, 50), PilotFilter.all()).items().stream().map(Pilot::status)
                        .toList()).forEach(seen::add));
        assertThat(seen).containsExactlyInAnyOrder(PilotStatus.values());
        assertThat(drafts.stream().filter(draft -> draft.kind() == TenantKind.SCHOOL).flatMap(draft -> work.inTenant(
                draft.code(), () -> pilots.list(new PageRequest(0, 50), PilotFilter.all()).items()).stream()))
                .extracting(Pilot::status, Pilot::templateCode).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(PilotStatus.RUNNING, "TRUONG-HOC-SO"),
                        org.assertj.core.groups.Tuple.tuple(PilotStatus.PROPOSED, "TRUONG-HOC-SO"),
                        org.assertj.core.groups.Tuple.tuple(PilotStatus.REVIEWED, "TRUONG-HOC-SO"));
        Pilot source = work.inTenant(DemoPilots.SOURCE, () -> pilots.list(new PageRequest(0, 1), PilotFilter.all()))
                .items().getFirst();
        assertThat(source.recognised()).isTrue();
        assertThat(work.inTenant(DemoPilots.SOURCE, () -> replications.replicas(source.id())))
                .extracting(replica -> replica.status()).containsExactlyInAnyOrder(PilotStatus.APPROVED,
                        PilotStatus.RUNNING, PilotStatus.REVIEWED, PilotStatus.EVALUATED, PilotStatus.STOPPED);

        // The recognised market pilot of Phường IV ran from September 2025 and was recognised in May 2026; its
        // replica in 31339 has run since the week after the replication decision of June 2026.
        assertThat(pilotsOn(DemoPilots.SOURCE, IndicatorSource.PILOTS_RUNNING, "2025-12")).isEqualTo(1);
        assertThat(pilotsOn(DemoPilots.SOURCE, IndicatorSource.PILOTS_RECOGNISED, "2026-04")).isZero();
        assertThat(pilotsOn(DemoPilots.SOURCE, IndicatorSource.PILOTS_RECOGNISED, "2026-05")).isEqualTo(1);
        assertThat(pilotsOn("31339", IndicatorSource.PILOTS_RUNNING, "2026-05")).isZero();
        assertThat(pilotsOn("31339", IndicatorSource.PILOTS_RUNNING, "2026-07")).isEqualTo(1);
    }

    /** The automatic value of {@code source} in {@code tenant} for the month {@code month} ("2026-05"). */
    private long pilotsOn(String tenant, IndicatorSource source, String month) {
        Indicator indicator = new Indicator(tenant, new IndicatorDraft("TD-" + source, source.name(), "mô hình",
                IndicatorKind.NUMBER, TenantAggregation.SUM, PeriodAggregation.LAST, Direction.UP, null, null, null,
                source, null));
        YearMonth of = YearMonth.parse(month);
        ReportPeriod period = new ReportPeriod(month, of.getYear(), of.atDay(1), of.atEndOfMonth());
        return work.inTenant(tenant, () -> automatic.of(List.of(indicator), period)).get(indicator.code()).value()
                .longValueExact();
    }
}
