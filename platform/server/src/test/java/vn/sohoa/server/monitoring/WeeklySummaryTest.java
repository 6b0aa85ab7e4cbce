package vn.sohoa.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TestClock;

/**
 * A person subscribes to the weekly summary of their tenant; without a mail server the summary of the last week
 * that ended is a page and a workbook that anyone who may read the tenant fetches by link. On Wednesday 18/03/2026
 * (Vietnam) at 00:30 — still Tuesday 17/03 in UTC — that week is Monday 09/03 to Sunday 15/03.
 */
@QuarkusTest
class WeeklySummaryTest {

    static final String WEEKLY = "/api/v1/tenants/{code}/dashboard/weekly";

    @Inject
    TestClock clock;

    String province;
    String commune;

    @BeforeEach
    void on_wednesday_18_march_2026_just_after_midnight_in_vietnam() {
        province = Fixtures.newTenant();
        commune = Fixtures.newTenant(province);
        Fixtures.addMember(commune, Api.ADMIN_B, "TENANT_ADMIN");
        Fixtures.addMember(province, Api.VIEWER, "VIEWER");
        Fixtures.addUnit(commune, "AP1");
        Fixtures.logSupport(commune, "AP1", "VNEID", java.time.OffsetDateTime.parse("2026-03-10T09:00:00+07:00"));
        Fixtures.logSupport(commune, "AP1", "VNEID", java.time.OffsetDateTime.parse("2026-03-16T09:00:00+07:00"));
        clock.startAt(Instant.parse("2026-03-17T17:30:00Z"));
    }

    @AfterEach
    void back_to_today() {
        clock.reset();
    }

    @Test
    void a_subscriber_gets_the_links_of_the_last_week_that_ended_and_anyone_who_reads_the_tenant_opens_them() {
        Api.as(Api.ADMIN_B).get(WEEKLY, commune).then().statusCode(200).body("subscribed", equalTo(false));
        Api.as(Api.ADMIN_B).put(WEEKLY + "/subscription", commune).then().statusCode(200)
                .body("subscribed", equalTo(true)).body("week", equalTo("2026-03-09")).body("to", equalTo("2026-03-15"))
                .body("page", equalTo("/t/" + commune + "/weekly/2026-03-09"))
                .body("workbook", equalTo("/api/v1/tenants/" + commune + "/dashboard/weekly/2026-03-09.xlsx"));
        Api.as(Api.ADMIN_B).put(WEEKLY + "/subscription", commune).then().statusCode(200).body("subscribed", equalTo(true));

        // The province's viewer did not subscribe, but reads the commune: the links open for them too.
        Api.as(Api.VIEWER).get(WEEKLY, commune).then().statusCode(200).body("subscribed", equalTo(false));
        Api.as(Api.VIEWER).get(WEEKLY + "/2026-03-09", commune).then().statusCode(200)
                .body("from", equalTo("2026-03-09")).body("to", equalTo("2026-03-15"))
                .body("previousFrom", equalTo("2026-03-02")).body("activity.acts", equalTo(1));
        byte[] workbook = Api.as(Api.VIEWER).accept("*/*").get(WEEKLY + "/2026-03-09.xlsx", commune).then()
                .statusCode(200).contentType(startsWith("application/vnd.openxmlformats"))
                .header("Content-Disposition", containsString("2026-03-09-2026-03-15.xlsx")).extract().asByteArray();
        assertThat(workbook).startsWith('P', 'K');

        Api.as(Api.ADMIN_B).delete(WEEKLY + "/subscription", commune).then().statusCode(204);
        Api.as(Api.ADMIN_B).get(WEEKLY, commune).then().statusCode(200).body("subscribed", equalTo(false));
    }

    @Test
    void a_week_that_is_no_monday_or_has_not_ended_is_refused_and_a_sibling_finds_no_summary() {
        Api.as(Api.ADMIN_B).get(WEEKLY + "/2026-03-10", commune).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("week"));
        Api.as(Api.ADMIN_B).get(WEEKLY + "/2026-03-16", commune).then().statusCode(400)
                .body("errors.message", hasItem(containsString("2026-03-09")));
        Api.as(Api.ADMIN_B).accept("*/*").get(WEEKLY + "/tuan-truoc.xlsx", commune).then().statusCode(400);
        String sibling = Fixtures.newTenant(province);
        Api.as(Api.ADMIN_B).get(WEEKLY, sibling).then().statusCode(404);
        Api.as(Api.ADMIN_B).put(WEEKLY + "/subscription", sibling).then().statusCode(404);
        Api.as(Api.ADMIN_B).accept("*/*").get(WEEKLY + "/2026-03-09.xlsx", sibling).then().statusCode(404);
    }
}
