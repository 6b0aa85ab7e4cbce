package vn.sohoa.server.supportlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sohoa.server.supportlog.SupportLogs.LOG;
import static vn.sohoa.server.supportlog.SupportLogs.LOGS;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TestClock;

/**
 * The list's total, which adds up the database's tally for whole days and counts the records of the partial
 * days at the ends of a period: it must equal the records matching the filter, after corrections that move
 * a record to another day or category and after deletions, and at the edges of Vietnam's days.
 */
@QuarkusTest
class SupportLogTotalTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private record Logged(int id, Instant at, String unit, String category) {}

    private final List<Logged> live = new ArrayList<>();

    @Inject
    TenantWork work;

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    @AfterEach
    void the_clock_runs_on_the_systems_time_again() {
        clock.reset();
    }

    /** Run on a day before the 10th and late on the last day of a month, in Vietnam. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-12-02T10:00:00+07:00", "2026-11-30T23:50:00+07:00"})
    void the_total_is_the_number_of_matching_live_records_for_every_kind_of_filter(String now) {
        clock.startAt(OffsetDateTime.parse(now).toInstant());
        String tenant = SupportLogs.communeWithTeamMember();
        Fixtures.addUnit(tenant, "AP2");
        LocalDate day = VietnamCalendar.today(clock).minusDays(10);
        for (int offset = 0; offset < 4; offset++) {
            // 00:30 in Vietnam is the previous day in UTC; 23:30 is the last half hour of the day.
            log(tenant, day.plusDays(offset).atTime(0, 30), "AP1", "VNEID");
            log(tenant, day.plusDays(offset).atTime(12, 0), "AP2", "CASHLESS");
            log(tenant, day.plusDays(offset).atTime(23, 30), "AP1", "CASHLESS");
        }
        move(tenant, live.get(0), day.plusDays(2).atTime(9, 0), "CASHLESS");
        delete(tenant, live.get(4));

        Instant midnight = day.plusDays(1).atStartOfDay(VIETNAM).toInstant();
        Instant noon = day.plusDays(1).atTime(12, 0).atZone(VIETNAM).toInstant();
        Instant lateOnThirdDay = day.plusDays(2).atTime(23, 45).atZone(VIETNAM).toInstant();
        assertTotal(tenant, Map.of(), record -> true);
        assertTotal(tenant, Map.of("from", midnight), record -> !record.at.isBefore(midnight));
        assertTotal(tenant, Map.of("from", noon), record -> !record.at.isBefore(noon));
        assertTotal(tenant, Map.of("to", noon), record -> record.at.isBefore(noon));
        assertTotal(tenant, Map.of("from", noon, "to", lateOnThirdDay),
                record -> !record.at.isBefore(noon) && record.at.isBefore(lateOnThirdDay));
        assertTotal(tenant, Map.of("from", midnight, "to", noon),
                record -> !record.at.isBefore(midnight) && record.at.isBefore(noon));
        assertTotal(tenant, Map.of("unit", "AP1"), record -> record.unit.equals("AP1"));
        assertTotal(tenant, Map.of("category", "CASHLESS", "from", noon),
                record -> record.category.equals("CASHLESS") && !record.at.isBefore(noon));
        assertTotal(tenant, Map.of("unit", "AP2", "category", "VNEID"), record -> false);
        assertTotal(tenant, Map.of("member", "99999"), record -> false);

        String other = SupportLogs.communeWithTeamMember();
        assertThat(SupportLogs.total(other)).isZero();
    }

    @Test
    void the_application_cannot_change_the_tally() {
        clock.startAt(OffsetDateTime.parse("2026-12-02T10:00:00+07:00").toInstant());
        String tenant = SupportLogs.communeWithTeamMember();
        log(tenant, LocalDate.of(2026, 12, 1).atTime(9, 0), "AP1", "VNEID");

        assertThatThrownBy(() -> work.inTenant(tenant,
                () -> em.createNativeQuery("update support_tally set records = records + 1000").executeUpdate()))
                .hasStackTraceContaining("permission denied");
        assertThat(SupportLogs.total(tenant)).isEqualTo(1);
    }

    private void assertTotal(String tenant, Map<String, Object> filter, Predicate<Logged> matches) {
        var request = Api.as(Api.PROVINCE_ADMIN);
        filter.forEach((name, value) -> request.queryParam(name, value instanceof Instant instant
                ? instant.atZone(VIETNAM).toOffsetDateTime().toString() : value));
        int expected = (int) live.stream().filter(matches).count();
        assertThat(request.get(LOGS, tenant).then().log().ifValidationFails().statusCode(200).extract().<Integer>path("total"))
                .as("total of %s", filter).isEqualTo(expected);
    }

    private void log(String tenant, LocalDateTime inVietnam, String unit, String category) {
        Map<String, Object> body = at(SupportLogs.record(), inVietnam, unit, category);
        live.add(new Logged(SupportLogs.log(Api.MEMBER, tenant, body), instant(inVietnam), unit, category));
    }

    private void move(String tenant, Logged record, LocalDateTime inVietnam, String category) {
        Map<String, Object> body = at(SupportLogs.record(), inVietnam, record.unit, category);
        body.put("version", SupportLogs.stored(tenant, record.id).get("version"));
        Api.as(Api.MEMBER).body(body).put(LOG, tenant, record.id).then().statusCode(200);
        live.set(live.indexOf(record), new Logged(record.id, instant(inVietnam), record.unit, category));
    }

    private void delete(String tenant, Logged record) {
        Api.as(Api.MEMBER).body(Map.of("reason", "Ghi trùng")).delete(LOG, tenant, record.id).then().statusCode(204);
        live.remove(record);
    }

    private static Map<String, Object> at(Map<String, Object> body, LocalDateTime inVietnam, String unit,
                                          String category) {
        body.put("occurredAt", inVietnam.atZone(VIETNAM).toOffsetDateTime().toString());
        body.put("unitCode", unit);
        body.put("categoryCode", category);
        return body;
    }

    private static Instant instant(LocalDateTime inVietnam) {
        return inVietnam.atZone(VIETNAM).toInstant();
    }
}
