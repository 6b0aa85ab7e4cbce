package vn.sohoa.server.indicators;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.sohoa.server.indicators.ReportFixtures.REPORT;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/**
 * The approver's inbox lists every submitted form its administrators may decide on: the whole subtree below it,
 * across districts, communes attached directly and communes a merge moved; never a sibling's forms.
 */
@QuarkusTest
class ReportInboxTest {

    static final String INBOX = "/api/v1/tenants/{code}/reports/inbox";

    String province;
    String district;
    String otherDistrict;
    String commune;
    String otherCommune;
    String attached;
    String dataSet;
    String indicator;

    @BeforeEach
    void a_province_with_two_districts_and_a_commune_attached_directly() {
        province = Fixtures.newTenant();
        district = tenant(province, "DISTRICT");
        otherDistrict = tenant(province, "DISTRICT");
        commune = Fixtures.newTenant(district);
        otherCommune = Fixtures.newTenant(otherDistrict);
        attached = Fixtures.newTenant(province);
        Fixtures.addMember(district, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(otherDistrict, Api.ADMIN_B, "TENANT_ADMIN");
        indicator = ReportFixtures.indicator(province, "NUMBER", "SUM", null);
        dataSet = ReportFixtures.code("BC");
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("code", dataSet, "name", "Báo cáo " + dataSet, "periodType", "MONTH",
                        "window", "CALENDAR", "indicatorCodes", List.of(indicator), "required", List.of(),
                        "assignedKinds", List.of("COMMUNE", "DISTRICT"), "dueDays", 5, "public", false))
                .post("/api/v1/tenants/{code}/data-sets", province).then().statusCode(201);
        for (String unit : List.of(district, otherDistrict, commune, otherCommune, attached)) {
            submitted(unit);
        }
    }

    @Test
    void a_province_sees_the_forms_of_districts_of_communes_under_them_and_of_communes_attached_directly() {
        Api.as(Api.PROVINCE_ADMIN).get(INBOX, province).then().statusCode(200)
                .body("total", equalTo(5))
                .body("items.tenantCode", containsInAnyOrder(district, otherDistrict, commune, otherCommune, attached))
                .body("items.find { it.tenantCode == '" + commune + "' }.parentName", equalTo("Huyện " + district))
                .body("items.find { it.tenantCode == '" + commune + "' }.period", equalTo("2026-11"));
    }

    @Test
    void a_district_sees_only_its_own_communes_and_never_a_siblings() {
        Api.as(Api.ADMIN_A).get(INBOX, district).then().statusCode(200)
                .body("items.tenantCode", containsInAnyOrder(commune));
        Api.as(Api.ADMIN_B).get(INBOX, otherDistrict).then().statusCode(200)
                .body("items.tenantCode", containsInAnyOrder(otherCommune));
        Api.as(Api.ADMIN_A).get(INBOX, otherDistrict).then().statusCode(404);
        Api.as(Api.ADMIN_B).get(INBOX, province).then().statusCode(404);
    }

    @Test
    void after_a_merge_the_successor_sees_the_communes_moved_under_it() {
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("sourceCodes", List.of(otherDistrict),
                        "target", Map.of("existingCode", district), "effectiveDate", "2025-07-01"))
                .post("/api/v1/tenant-merges").then().statusCode(201);
        Api.as(Api.ADMIN_A).get(INBOX, district).then().statusCode(200)
                .body("items.tenantCode", containsInAnyOrder(commune, otherCommune));
        Api.as(Api.ADMIN_A).post(REPORT + "/approve", otherCommune, dataSet, "2026-11").then().statusCode(200);
        Api.as(Api.ADMIN_A).get(INBOX, district).then().statusCode(200)
                .body("items.tenantCode", containsInAnyOrder(commune));
    }

    @Test
    void a_search_too_long_or_a_page_size_out_of_range_is_refused_by_name() {
        Api.as(Api.PROVINCE_ADMIN).queryParam("size", 0).get(INBOX, province).then().statusCode(400)
                .body(containsString("size"));
        Api.as(Api.PROVINCE_ADMIN).queryParam("search", "x".repeat(101)).get(INBOX, province).then().statusCode(400)
                .body(containsString("search"));
        Api.as(Api.PROVINCE_ADMIN).queryParam("search", "huyen " + district).get(INBOX, province).then()
                .statusCode(200).body("items.tenantCode", containsInAnyOrder(district, commune));
    }

    private static String tenant(String parent, String kind) {
        String code = "D" + UUID.randomUUID().toString().substring(0, 8);
        var body = new HashMap<String, Object>(Map.of("code", code, "name", "Huyện " + code, "kind", kind,
                "parentCode", parent));
        Api.as(Api.PROVINCE_ADMIN).body(body).post("/api/v1/tenants").then().statusCode(201);
        return code;
    }

    private void submitted(String unit) {
        Api.as(Api.PROVINCE_ADMIN).body(ReportFixtures.number(indicator, 4)).put(REPORT, unit, dataSet, "2026-11")
                .then().statusCode(200);
        Api.as(Api.PROVINCE_ADMIN).post(REPORT + "/submit", unit, dataSet, "2026-11").then().statusCode(200);
    }
}
