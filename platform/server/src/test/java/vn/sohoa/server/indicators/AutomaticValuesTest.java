package vn.sohoa.server.indicators;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.sohoa.server.indicators.ReportFixtures.REPORT;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TestClock;

/**
 * Automatic values match the commune's teams, support log, training and pilots as they stood at the end of the
 * period's last day in Vietnam (or now, while the period runs), on a fixed clock: late on the last day of a
 * month, and just after midnight in Vietnam on a day before the 10th (UTC is still on the day before). A unit
 * replaces a value only with a reason; a commune merged into it keeps its records, which count once.
 */
@QuarkusTest
class AutomaticValuesTest {

    /** 23:45 on 30/11/2026 in Vietnam: November is still running. */
    static final String LAST_DAY_OF_NOVEMBER = "2026-11-30T23:45:00+07:00";
    /** 00:15 on 09/12/2026 in Vietnam, 17:15 on 08/12 in UTC: November is over, December has begun. */
    static final String BEFORE_THE_10TH = "2026-12-09T00:15:00+07:00";

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource dataSource;

    String province;
    String commune;
    String dataSet;
    KnownRecords records;
    final Map<String, String> codes = new HashMap<>();

    @BeforeEach
    void a_commune_with_a_team_of_four_in_one_of_two_hamlets_support_courses_and_pilots() throws SQLException {
        clock.startAt(OffsetDateTime.parse(LAST_DAY_OF_NOVEMBER).toInstant());
        province = Fixtures.newTenant();
        commune = Fixtures.newTenant(province);
        records = new KnownRecords(dataSource, commune);
        Fixtures.addUnit(commune, "AP1");
        Fixtures.addUnit(commune, "AP2");
        int team = Fixtures.addTeam(commune, "AP1");
        records.member(team, null, "2026-10-01", null);
        records.member(team, "s-trained", "2026-10-01", null);
        records.member(team, "s-open", "2026-10-01", null);
        records.member(team, "s-late", "2026-10-01", null);
        records.member(team, "s-gone", "2026-10-01", "2026-11-15");
        long basics = records.course("KNS-1");
        long safety = records.course("KNS-2");
        records.enrolment(basics, "s-trained", true, "2026-10-05T08:00:00+07:00", "2026-11-20");
        records.enrolment(safety, "s-trained", false, "2026-11-01T08:00:00+07:00", null);
        records.enrolment(basics, "s-open", true, "2026-10-05T08:00:00+07:00", "2026-10-10");
        records.enrolment(safety, "s-open", true, "2026-11-25T08:00:00+07:00", null);
        records.enrolment(basics, "s-late", true, "2026-10-05T08:00:00+07:00", "2026-12-01");
        records.enrolment(basics, "s-gone", true, "2026-10-05T08:00:00+07:00", "2026-10-20");
        for (String at : List.of("2026-10-31T23:50:00+07:00", "2026-11-01T00:10:00+07:00", "2026-11-02T09:00:00+07:00",
                "2026-11-30T23:30:00+07:00")) {
            Fixtures.logSupport(commune, "AP1", "VNEID", OffsetDateTime.parse(at));
        }
        Fixtures.logSupport(commune, "AP1", "CASHLESS", OffsetDateTime.parse("2026-11-15T09:00:00+07:00"));
        records.pilot(false, "PROPOSE>PROPOSED@2026-09-01T09:00:00+07:00", "APPROVE>APPROVED@2026-09-10T09:00:00+07:00",
                "START>RUNNING@2026-10-01T09:00:00+07:00");
        records.pilot(false, "START>RUNNING@2026-03-15T09:00:00+07:00", "REVIEW>REVIEWED@2026-11-10T09:00:00+07:00");
        records.pilot(true, "START>RUNNING@2026-02-01T09:00:00+07:00", "REVIEW>REVIEWED@2026-09-01T09:00:00+07:00",
                "EVALUATE>EVALUATED@2026-11-30T23:40:00+07:00");
        records.pilot(false, "START>RUNNING@2026-02-01T09:00:00+07:00", "REVIEW>REVIEWED@2026-09-01T09:00:00+07:00",
                "EVALUATE>EVALUATED@2026-10-15T09:00:00+07:00");
        records.pilot(false, "APPROVE>APPROVED@2026-11-01T09:00:00+07:00");
        codes.put("teams", automatic("NUMBER", "SUM", "ACTIVE_TEAMS", null));
        codes.put("members", automatic("NUMBER", "SUM", "ACTIVE_TEAM_MEMBERS", null));
        codes.put("covered", automatic("PERCENT", "RATIO", "HAMLETS_COVERED", null));
        codes.put("trained", automatic("PERCENT", "RATIO", "TEAM_MEMBERS_TRAINED", null));
        codes.put("acts", automatic("NUMBER", "SUM", "SUPPORT_ACTS", null));
        codes.put("vneid", automatic("NUMBER", "SUM", "SUPPORT_ACTS", "VNEID"));
        codes.put("people", automatic("NUMBER", "SUM", "PEOPLE_HELPED", null));
        codes.put("running", automatic("NUMBER", "SUM", "PILOTS_RUNNING", null));
        codes.put("recognised", automatic("NUMBER", "SUM", "PILOTS_RECOGNISED", null));
        dataSet = ReportFixtures.dataSet(province, "MONTH", List.copyOf(codes.values()), List.of(), false);
    }

    @AfterEach
    void back_to_the_systems_time() {
        clock.reset();
    }

    private String automatic(String kind, String rule, String source, String category) {
        String code = ReportFixtures.code("TD");
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "Tự động " + source, "unit", "số",
                "kind", kind, "acrossTenants", rule, "acrossPeriods", "LAST", "direction", "UP", "source", source));
        if (category != null) {
            body.put("sourceCategory", category);
        }
        Api.as(Api.PROVINCE_ADMIN).body(body).post("/api/v1/tenants/{code}/indicators", province).then().statusCode(201);
        return code;
    }

    private String path(String key, String field) {
        return "values.find { it.indicatorCode == '" + codes.get(key) + "' }." + field;
    }

    /** A pilot running since June that the province stops at 00:05 on 01/12 in Vietnam, when {@code stopped}. */
    private void a_pilot_running_since_june(boolean stopped) throws SQLException {
        String started = "START>RUNNING@2026-06-01T09:00:00+07:00";
        if (stopped) {
            records.pilot(false, started, "STOP>STOPPED@2026-12-01T00:05:00+07:00");
        } else {
            records.pilot(false, started);
        }
    }

    /**
     * November as it stood at the end of 30/11: four people in the one team (the fifth left on 15/11), of whom
     * only s-trained is trained (s-open has an assigned course open since 25/11, s-late finished on 01/12, one
     * has no account); four support records from 00:10 on 01/11 to 23:30 on 30/11; three pilots under way (one
     * in interim review, one stopped only on 01/12), one recognised at 23:40 on 30/11; the team covers one of
     * {@code hamlets} hamlets.
     */
    private ValidatableResponse november(ValidatableResponse form, int hamlets) {
        return form.body(path("teams", "value"), equalTo(1)).body(path("teams", "automatic"), equalTo(true))
                .body(path("members", "value"), equalTo(4))
                .body(path("covered", "numerator"), equalTo(1)).body(path("covered", "denominator"), equalTo(hamlets))
                .body(path("trained", "numerator"), equalTo(1)).body(path("trained", "denominator"), equalTo(4))
                .body(path("trained", "automatic"), equalTo(true))
                .body(path("acts", "value"), equalTo(4)).body(path("vneid", "value"), equalTo(3))
                .body(path("people", "value"), equalTo(4))
                .body(path("running", "value"), equalTo(3)).body(path("recognised", "value"), equalTo(1));
    }

    @Test
    void late_on_the_last_day_of_a_month_the_running_month_counts_everything_up_to_now() throws SQLException {
        a_pilot_running_since_june(false);
        november(Api.as(Api.PROVINCE_ADMIN).get(REPORT, commune, dataSet, "2026-11").then().statusCode(200)
                .body("saved", equalTo(false)), 2);
        Api.as(Api.PROVINCE_ADMIN).post(REPORT + "/submit", commune, dataSet, "2026-11").then().statusCode(200)
                .body(path("acts", "value"), equalTo(4.0f)).body(path("acts", "automatic"), equalTo(true))
                .body(path("trained", "numerator"), equalTo(1.0f)).body(path("running", "value"), equalTo(3.0f));
    }

    @Test
    void a_pilot_written_down_from_paper_counts_from_the_days_its_steps_took_effect() throws SQLException {
        String written = "/2026-11-30T10:00:00+07:00";
        records.pilot(true, "START>RUNNING@2026-06-01T09:00:00+07:00" + written,
                "REVIEW>REVIEWED@2026-09-01T09:00:00+07:00" + written,
                "EVALUATE>EVALUATED@2026-10-20T09:00:00+07:00" + written);
        // September: the three under way before and the one from paper in interim review, none recognised yet;
        // October: the one from paper was recognised on 20/10 and no longer runs.
        Api.as(Api.PROVINCE_ADMIN).get(REPORT, commune, dataSet, "2026-09").then().statusCode(200)
                .body(path("running", "value"), equalTo(4)).body(path("recognised", "value"), equalTo(0));
        Api.as(Api.PROVINCE_ADMIN).get(REPORT, commune, dataSet, "2026-10").then().statusCode(200)
                .body(path("running", "value"), equalTo(3)).body(path("recognised", "value"), equalTo(1));
    }

    @Test
    void just_after_midnight_before_the_10th_november_is_closed_and_december_counts_from_its_first_minute()
            throws SQLException {
        clock.startAt(OffsetDateTime.parse(BEFORE_THE_10TH).toInstant());
        a_pilot_running_since_june(true);
        Fixtures.logSupport(commune, "AP1", "CASHLESS", OffsetDateTime.parse("2026-12-01T00:05:00+07:00"));
        november(Api.as(Api.PROVINCE_ADMIN).get(REPORT, commune, dataSet, "2026-11").then().statusCode(200), 2);
        Api.as(Api.PROVINCE_ADMIN).get(REPORT, commune, dataSet, "2026-12").then().statusCode(200)
                .body(path("members", "value"), equalTo(4))
                .body(path("trained", "numerator"), equalTo(2)).body(path("trained", "denominator"), equalTo(4))
                .body(path("acts", "value"), equalTo(1)).body(path("vneid", "value"), equalTo(0))
                .body(path("people", "value"), equalTo(1))
                .body(path("running", "value"), equalTo(2)).body(path("recognised", "value"), equalTo(1));
    }

    @Test
    void a_merged_communes_records_stay_its_own_and_its_approved_month_counts_once_in_its_successor_and_above()
            throws SQLException {
        a_pilot_running_since_june(false);
        String neighbour = Fixtures.newTenant(province);
        KnownRecords theirs = new KnownRecords(dataSource, neighbour);
        Fixtures.addUnit(neighbour, "AP1");
        theirs.member(Fixtures.addTeam(neighbour, "AP1"), "s-neighbour", "2026-01-01", null);
        theirs.enrolment(theirs.course("KNS-1"), "s-neighbour", true, "2026-02-01T08:00:00+07:00", "2026-03-01");
        theirs.pilot(true, "START>RUNNING@2026-02-01T09:00:00+07:00", "REVIEW>REVIEWED@2026-09-01T09:00:00+07:00",
                "EVALUATE>EVALUATED@2026-10-20T09:00:00+07:00");
        Fixtures.logSupport(neighbour, "AP1", "VNEID", OffsetDateTime.parse("2026-10-10T09:00:00+07:00"));
        // October at the end of 31/10: s-open (its second course came on 25/11) and s-gone are trained, of five;
        // four pilots under way (the one recognised on 30/11 was in interim review).
        ReportFixtures.approved(commune, dataSet, "2026-10", Map.of("values", List.of()));
        ReportFixtures.approved(neighbour, dataSet, "2026-10", Map.of("values", List.of()));
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("sourceCodes", List.of(neighbour), "target", Map.of("existingCode", commune),
                "effectiveDate", "2026-11-01")).post("/api/v1/tenant-merges").then().statusCode(201);

        // The merge copied the neighbour's hamlet to the commune, without a team: one covered of three now.
        november(Api.as(Api.PROVINCE_ADMIN).get(REPORT, commune, dataSet, "2026-11").then().statusCode(200), 3);
        for (String root : List.of(commune, province)) {
            Api.as(Api.PROVINCE_ADMIN).queryParam("dataSet", dataSet).queryParam("period", "2026-10")
                    .get("/api/v1/tenants/{code}/indicator-rollup", root).then().statusCode(200)
                    .body(path("trained", "numerator"), equalTo(3.0f)).body(path("trained", "denominator"), equalTo(6.0f))
                    .body(path("trained", "reported"), equalTo(2))
                    .body(path("recognised", "value"), equalTo(1.0f)).body(path("running", "value"), equalTo(4.0f))
                    .body(path("teams", "value"), equalTo(2.0f)).body(path("acts", "value"), equalTo(2.0f));
        }
    }

    @Test
    void an_override_needs_a_reason_and_is_kept_with_it() {
        Map<String, Object> changed = new HashMap<>(Map.of("indicatorCode", codes.get("acts"), "value", 5));
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("values", List.of(changed))).put(REPORT, commune, dataSet, "2026-11")
                .then().statusCode(400).body("detail", containsString(codes.get("acts")))
                .body("detail", containsString("overrideReason"));
        changed.put("overrideReason", "Hai buổi hỗ trợ ghi trên giấy");
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("values", List.of(changed))).put(REPORT, commune, dataSet, "2026-11")
                .then().statusCode(200).body(path("acts", "value"), equalTo(5.0f))
                .body(path("acts", "automatic"), equalTo(false))
                .body(path("acts", "overrideReason"), equalTo("Hai buổi hỗ trợ ghi trên giấy"))
                .body(path("vneid", "automatic"), equalTo(true));
        Api.as(Api.PROVINCE_ADMIN).queryParam("entityType", "ReportValue").get("/api/v1/tenants/{code}/audit", commune)
                .then().statusCode(200).body("items.find { it.entityKey == '" + codes.get("acts")
                        + "' }.changes.override_reason.after", equalTo("Hai buổi hỗ trợ ghi trên giấy"));
    }

    @Test
    void a_draft_follows_the_records_logged_after_it_was_saved_and_its_values_sent_back_as_read_replace_nothing() {
        Number version = Api.as(Api.PROVINCE_ADMIN).body(Map.of("values", List.of())).put(REPORT, commune, dataSet, "2026-11")
                .then().statusCode(200).body(path("acts", "value"), equalTo(4.0f)).extract().path("version");
        // A page opened now shows 4 acts; a fifth is logged before the person's page saves again.
        Map<String, Object> asRead = Map.of("indicatorCode", codes.get("acts"), "value", 4);
        Fixtures.logSupport(commune, "AP1", "VNEID", OffsetDateTime.parse("2026-11-30T23:40:00+07:00"));

        Api.as(Api.PROVINCE_ADMIN).get(REPORT, commune, dataSet, "2026-11").then().statusCode(200)
                .body(path("acts", "value"), equalTo(5)).body(path("acts", "automatic"), equalTo(true));
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("values", List.of(asRead), "version", version))
                .put(REPORT, commune, dataSet, "2026-11").then().statusCode(200)
                .body(path("acts", "value"), equalTo(5.0f)).body(path("acts", "automatic"), equalTo(true))
                .body(path("acts", "overrideReason"), equalTo(null));
    }
}
