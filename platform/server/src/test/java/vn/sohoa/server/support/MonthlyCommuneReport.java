package vn.sohoa.server.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A province with two communes ({@link ProvinceWithCommunes}) and the monthly report the province asks of its
 * communes, due on the 5th of the month after: one required percentage, the households with fibre.
 */
public record MonthlyCommuneReport(ProvinceWithCommunes tenants, String households, String dataSet) {

    /** Creates the tenants, the indicator and the data set through the API. */
    public static MonthlyCommuneReport create() {
        ProvinceWithCommunes tenants = ProvinceWithCommunes.create();
        String households = "CS-" + UUID.randomUUID().toString().substring(0, 8);
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("code", households, "name", "Hộ gia đình có cáp quang", "unit", "%",
                        "kind", "PERCENT", "acrossTenants", "RATIO", "acrossPeriods", "LAST", "direction", "UP"))
                .post("/api/v1/tenants/{code}/indicators", tenants.province()).then().statusCode(201);
        String dataSet = "BC-" + UUID.randomUUID().toString().substring(0, 8);
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("code", dataSet, "name", "Báo cáo chuyển đổi số cấp xã",
                        "periodType", "MONTH", "window", "CALENDAR", "indicatorCodes", List.of(households),
                        "required", List.of(households), "assignedKinds", List.of("COMMUNE"), "dueDays", 5,
                        "public", false))
                .post("/api/v1/tenants/{code}/data-sets", tenants.province()).then().statusCode(201);
        return new MonthlyCommuneReport(tenants, households, dataSet);
    }
}
