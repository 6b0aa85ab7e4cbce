package vn.sohoa.server.support;

import static org.hamcrest.Matchers.equalTo;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** Fresh tenants, members and units for one test, created through the API as a province admin. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A new top-level tenant with a random code no other test uses. */
    public static String newTenant() {
        return newTenant(null);
    }

    /** A new tenant under {@code parentCode} (or top-level when null), with a random code. */
    public static String newTenant(String parentCode) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8);
        var body = new java.util.HashMap<String, Object>(Map.of("code", code, "name", "Xã thử " + code,
                "kind", parentCode == null ? "PROVINCE" : "COMMUNE"));
        if (parentCode != null) {
            body.put("parentCode", parentCode);
        }
        Api.as(Api.PROVINCE_ADMIN).body(body).post("/api/v1/tenants").then().statusCode(201);
        return code;
    }

    /** Gives a dev-realm person a role in the tenant. */
    public static void addMember(String tenantCode, String username, String role) {
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("username", username, "role", role))
                .post("/api/v1/tenants/{code}/members", tenantCode)
                .then().statusCode(201).body("role", equalTo(role));
    }

    /** Adds a hamlet to the tenant and returns its code. */
    public static String addUnit(String tenantCode, String unitCode) {
        Api.as(Api.PROVINCE_ADMIN).body(unit(unitCode, "Ấp " + unitCode))
                .post("/api/v1/tenants/{code}/units", tenantCode).then().statusCode(201);
        return unitCode;
    }

    /** Sets up a team in the sub-unit {@code unitCode} and returns its id. */
    public static int addTeam(String tenantCode, String unitCode) {
        return Api.as(Api.PROVINCE_ADMIN).body(Map.of("name", "Tổ " + unitCode, "unitCode", unitCode))
                .post("/api/v1/tenants/{code}/teams", tenantCode).then().statusCode(201).extract().path("id");
    }

    /** Adds a volunteer without an account to the team, in it since a month ago in Vietnam; returns their id. */
    public static int addVolunteer(String tenantCode, int teamId) {
        String started = TestClock.suiteNow().minusMonths(1).toLocalDate().toString();
        return Api.as(Api.PROVINCE_ADMIN).body(Map.of("fullName", "Lê Thị Hoa", "role", "MEMBER",
                        "startDate", started))
                .post("/api/v1/tenants/{code}/teams/{id}/members", tenantCode, teamId).then().statusCode(201)
                .extract().path("id");
    }

    /** The body of a unit request. */
    public static Map<String, Object> unit(String code, String name) {
        return Map.of("code", code, "name", name, "type", "HAMLET", "households", 420, "population", 1630);
    }

    /** Logs, as a province admin, one person helped in {@code unitCode} with {@code categoryCode} a day ago. */
    public static void logSupport(String tenantCode, String unitCode, String categoryCode) {
        logSupport(tenantCode, unitCode, categoryCode, TestClock.suiteNow().minusDays(1));
    }

    /** Logs, as a province admin, one person helped in {@code unitCode} with {@code categoryCode} at {@code at}. */
    public static void logSupport(String tenantCode, String unitCode, String categoryCode, OffsetDateTime at) {
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("occurredAt", at.withNano(0).toString(), "unitCode", unitCode,
                        "categoryCode", categoryCode, "channel", "OFFICE", "peopleCount", 1, "outcome", "DONE"))
                .post("/api/v1/tenants/{code}/support-logs", tenantCode).then().statusCode(201);
    }
}
