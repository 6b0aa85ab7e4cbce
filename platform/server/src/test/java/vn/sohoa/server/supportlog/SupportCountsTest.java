package vn.sohoa.server.supportlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.support.service.SupportCounts.CategoryCount;
import vn.sohoa.platform.support.service.SupportCounts.WeekCount;
import vn.sohoa.platform.support.service.SupportCounts;
import vn.sohoa.platform.support.service.SupportLogQuery;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TestClock;

/** The counts of the team page: records and people by category, and by week in Vietnam's calendar. */
@QuarkusTest
class SupportCountsTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    SupportCounts counts;

    @Inject
    TenantWork work;

    @Inject
    TestClock clock;

    @AfterEach
    void the_clock_runs_on_the_systems_time_again() {
        clock.reset();
    }

    /** Run on a day before the 10th and late on the last day of a month, in Vietnam. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-12-02T10:00:00+07:00", "2026-11-30T23:50:00+07:00"})
    void records_and_people_are_counted_by_category_and_by_monday_in_vietnam_empty_weeks_as_zero_without_deleted_ones_or_other_tenants(
            String now) {
        clock.startAt(OffsetDateTime.parse(now).toInstant());
        String tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.MEMBER, "TEAM_MEMBER");
        Fixtures.addUnit(tenant, "AP1");
        LocalDate lastMonday = VietnamCalendar.today(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1);
        // 00:30 on Monday in Vietnam is still Sunday in UTC: it must count in Vietnam's week.
        log(tenant, lastMonday.atTime(0, 30), "VNEID", 1);
        log(tenant, lastMonday.plusDays(6).atTime(23, 30), "VNEID", 10);
        log(tenant, lastMonday.minusDays(5).atTime(12, 0), "CASHLESS", 1);
        int deleted = log(tenant, lastMonday.plusDays(2).atTime(9, 0), "CASHLESS", 1);
        Api.as(Api.MEMBER).body(Map.of("reason", "Nhập nhầm")).delete(SupportLogs.LOG, tenant, deleted)
                .then().statusCode(204);
        var from = lastMonday.minusWeeks(3).atStartOfDay(VIETNAM).toInstant();
        var to = lastMonday.plusWeeks(1).atStartOfDay(VIETNAM).toInstant();

        assertThat(work.inTenant(tenant, () -> counts.byCategory(SupportLogQuery.between(from, to, null))))
                .containsExactly(new CategoryCount("VNEID", 2, 11), new CategoryCount("CASHLESS", 1, 1));
        assertThat(work.inTenant(tenant, () -> counts.weekly(from, to, null))).containsExactly(
                new WeekCount(lastMonday.minusWeeks(3), 0, 0), new WeekCount(lastMonday.minusWeeks(2), 0, 0),
                new WeekCount(lastMonday.minusWeeks(1), 1, 1), new WeekCount(lastMonday, 2, 11));
        String other = Fixtures.newTenant();
        assertThat(work.inTenant(other, () -> counts.weekly(from, to, null))).hasSize(4)
                .allSatisfy(week -> assertThat(week.records()).isZero());
        assertThat(work.inTenant(other, () -> counts.byCategory(SupportLogQuery.between(from, to, null)))).isEmpty();
    }

    private static int log(String tenant, LocalDateTime inVietnam, String category, int people) {
        var body = SupportLogs.record();
        body.put("occurredAt", ZonedDateTime.of(inVietnam, VIETNAM).toOffsetDateTime().toString());
        body.put("categoryCode", category);
        body.put("peopleCount", people);
        if (people > 1) {
            body.remove("ageBand");
            body.remove("gender");
        }
        return SupportLogs.log(Api.MEMBER, tenant, body);
    }
}
