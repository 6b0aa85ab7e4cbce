package vn.sohoa.server.tenants;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** Searching tenants by name the way people type Vietnamese: with or without diacritics, any case. */
@QuarkusTest
class TenantSearchTest {

    @Test
    void a_name_is_found_without_its_diacritics_and_in_any_case() {
        String province = Fixtures.newTenant();
        String viThanh = child(province, "Phường Vị Thanh");
        String daiThanh = child(province, "Xã Đại Thành");

        search(Api.PROVINCE_ADMIN, province, "Vi Thanh").body("items.code", contains(viThanh));
        search(Api.PROVINCE_ADMIN, province, "dai thanh").body("items.code", contains(daiThanh));
        search(Api.PROVINCE_ADMIN, province, "ĐẠI THÀNH").body("items.code", contains(daiThanh));
        search(Api.PROVINCE_ADMIN, province, "thanh").body("items.code", containsInAnyOrder(viThanh, daiThanh));
    }

    @Test
    void a_search_only_finds_tenants_the_caller_may_see() {
        String mine = Fixtures.newTenant();
        String theirs = Fixtures.newTenant();
        String visible = child(mine, "Phường Vị Thanh");
        String hidden = child(theirs, "Phường Vị Thanh");
        Fixtures.addMember(mine, Api.VIEWER, "VIEWER");

        // The viewer may belong to other tests' tenants as well, so only these two are checked.
        Api.as(Api.VIEWER).queryParam("q", "Vi Thanh").queryParam("size", 500).get("/api/v1/tenants")
                .then().statusCode(200).body("items.code", hasItem(visible)).body("items.code", not(hasItem(hidden)));
    }

    @Test
    void a_search_with_like_wildcards_matches_them_literally() {
        String province = Fixtures.newTenant();
        child(province, "Phường Vị Thanh");
        search(Api.PROVINCE_ADMIN, province, "%").body("items", empty()).body("total", equalTo(0));
    }

    @Test
    void an_overlong_search_is_refused() {
        Api.as(Api.PROVINCE_ADMIN).queryParam("q", "x".repeat(101)).get("/api/v1/tenants")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse search(String username, String parent, String q) {
        return Api.as(username).queryParam("parent", parent).queryParam("q", q).get("/api/v1/tenants")
                .then().statusCode(200);
    }

    /** A commune under {@code parent} with this name, and a code of its own. */
    private static String child(String parent, String name) {
        String code = parent + "." + Math.abs(name.hashCode() % 1000);
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("code", code, "name", name, "kind", "COMMUNE", "parentCode", parent))
                .post("/api/v1/tenants").then().statusCode(201);
        return code;
    }
}
