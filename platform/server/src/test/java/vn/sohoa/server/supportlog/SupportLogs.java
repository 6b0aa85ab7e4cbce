package vn.sohoa.server.supportlog;

import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TestClock;

/** Support records for the support-log tests, sent through the API. */
final class SupportLogs {

    static final String LOGS = "/api/v1/tenants/{code}/support-logs";
    static final String LOG = LOGS + "/{id}";

    private SupportLogs() {
    }

    /** A new commune with a team member ({@link Api#MEMBER}) and hamlet AP1; returns its code. */
    static String communeWithTeamMember() {
        String tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.MEMBER, "TEAM_MEMBER");
        Fixtures.addUnit(tenant, "AP1");
        return tenant;
    }

    /** A valid record of one person helped with VNeID in hamlet AP1 an hour ago; change what a test needs. */
    static Map<String, Object> record() {
        Map<String, Object> body = new HashMap<>();
        body.put("occurredAt", TestClock.suiteNow().minusHours(1).withNano(0).toString());
        body.put("unitCode", "AP1");
        body.put("categoryCode", "VNEID");
        body.put("channel", "HOME_VISIT");
        body.put("peopleCount", 1);
        body.put("ageBand", "FROM_60");
        body.put("gender", "FEMALE");
        body.put("durationMinutes", 20);
        body.put("outcome", "DONE");
        body.put("note", "Cài VNeID mức 2 cho bà cụ");
        return body;
    }

    /** Logs the record as {@code user} and returns its id. */
    static int log(String user, String tenant, Map<String, Object> body) {
        return Api.as(user).body(body).post(LOGS, tenant).then().statusCode(201).extract().path("id");
    }

    /** How many records the tenant's list counts. */
    static int total(String tenant) {
        return Api.as(Api.PROVINCE_ADMIN).get(LOGS, tenant).then().statusCode(200).extract().path("total");
    }

    /** The record as stored now, with its version. */
    static Map<String, Object> stored(String tenant, int id) {
        return Api.as(Api.PROVINCE_ADMIN).get(LOG, tenant, id).then().statusCode(200).body("id", equalTo(id))
                .extract().jsonPath().getMap("");
    }
}
