package vn.sohoa.server.categories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** The province catalogue of support categories, a tenant's own categories, and who may change them. */
@QuarkusTest
class SupportCategoriesTest {

    static final String CATEGORIES = "/api/v1/tenants/{code}/support-categories";

    String tenantA;
    String tenantB;

    @BeforeEach
    void two_tenants_with_an_admin_and_a_viewer() {
        tenantA = Fixtures.newTenant();
        tenantB = Fixtures.newTenant();
        Fixtures.addMember(tenantA, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(tenantA, Api.VIEWER, "VIEWER");
        Fixtures.addMember(tenantB, Api.ADMIN_B, "TENANT_ADMIN");
    }

    static Map<String, Object> category(String code, String labelVi) {
        return Map.of("code", code, "labelVi", labelVi, "labelEn", "Farm produce on Zalo");
    }

    List<String> codes(String tenant, String user) {
        return Api.as(user).get(CATEGORIES, tenant).then().statusCode(200).extract().jsonPath().getList("code");
    }

    @Test
    void every_tenant_sees_the_province_catalogue_with_both_labels() {
        var categories = Api.as(Api.VIEWER).get(CATEGORIES, tenantA).then().statusCode(200).extract().jsonPath();
        assertThat(categories.getList("code", String.class)).startsWith("CASHLESS").contains("VNEID", "DVC_ONLINE",
                "ECOMMERCE", "E_HEALTH", "DIGITAL_SIGNATURE", "PUBLIC_APPS", "ONLINE_SAFETY", "OTHER");
        assertThat(categories.getList("findAll { it.code == 'VNEID' }.labelEn", String.class))
                .containsExactly("VNeID account activation");
        assertThat(categories.getList("active", Boolean.class)).containsOnly(true);
        assertThat(categories.getList("own", Boolean.class)).containsOnly(false);
    }

    @Test
    void a_tenant_admin_adds_an_own_category_that_only_their_tenant_sees() {
        Api.as(Api.ADMIN_A).body(category("NONG_SAN", "Bán nông sản qua Zalo")).post(CATEGORIES, tenantA)
                .then().statusCode(201).body("code", equalTo("NONG_SAN")).body("active", equalTo(true))
                .body("own", equalTo(true));
        assertThat(codes(tenantA, Api.VIEWER)).endsWith("NONG_SAN");
        assertThat(codes(tenantB, Api.ADMIN_B)).doesNotContain("NONG_SAN");
    }

    @Test
    void a_retired_category_stays_listed_as_inactive() {
        Api.as(Api.ADMIN_A).body(category("NONG_SAN", "Bán nông sản")).post(CATEGORIES, tenantA).then().statusCode(201);
        Api.as(Api.ADMIN_A).body(Map.of("code", "NONG_SAN", "labelVi", "Bán nông sản", "labelEn", "Produce",
                        "active", false, "version", 0))
                .put(CATEGORIES + "/NONG_SAN", tenantA).then().statusCode(200).body("active", equalTo(false));
        Api.as(Api.ADMIN_A).body(Map.of("code", "NONG_SAN", "labelVi", "Bán", "labelEn", "Produce",
                        "active", true, "version", 0))
                .put(CATEGORIES + "/NONG_SAN", tenantA).then().statusCode(409);
        Api.as(Api.VIEWER).get(CATEGORIES, tenantA).then().statusCode(200)
                .body("findAll { it.code == 'NONG_SAN' }.active", equalTo(List.of(false)));
    }

    @Test
    void an_own_category_cannot_take_a_catalogue_code_nor_change_the_catalogue() {
        Api.as(Api.ADMIN_A).body(category("VNEID", "Của tôi")).post(CATEGORIES, tenantA)
                .then().statusCode(409).contentType("application/problem+json");
        Api.as(Api.ADMIN_A).body(Map.of("code", "VNEID", "labelVi", "Đổi", "labelEn", "Changed", "active", false,
                "version", 0)).put(CATEGORIES + "/VNEID", tenantA).then().statusCode(409);
        assertThat(Api.as(Api.ADMIN_B).get(CATEGORIES, tenantB).then().extract().jsonPath()
                .getList("findAll { it.code == 'VNEID' }.active", Boolean.class)).containsExactly(true);
    }

    @Test
    void a_viewer_cannot_add_a_category() {
        Api.as(Api.VIEWER).body(category("NONG_SAN", "Bán nông sản")).post(CATEGORIES, tenantA).then().statusCode(403);
        assertThat(codes(tenantA, Api.VIEWER)).doesNotContain("NONG_SAN");
    }

    @Test
    void tenant_b_cannot_read_or_add_categories_of_tenant_a() {
        Api.as(Api.ADMIN_A).body(category("NONG_SAN", "Bán nông sản")).post(CATEGORIES, tenantA).then().statusCode(201);
        Api.as(Api.ADMIN_B).get(CATEGORIES, tenantA).then().statusCode(404);
        Api.as(Api.ADMIN_B).body(category("KHAC", "Khác")).post(CATEGORIES, tenantA).then().statusCode(404);
        Api.as(Api.ADMIN_B).body(Map.of("code", "NONG_SAN", "labelVi", "X", "labelEn", "X", "active", false,
                "version", 0)).put(CATEGORIES + "/NONG_SAN", tenantA).then().statusCode(404);
        Api.as(Api.ADMIN_B).body(Map.of("code", "NONG_SAN", "labelVi", "X", "labelEn", "X", "active", false,
                "version", 0)).put(CATEGORIES + "/NONG_SAN", tenantB).then().statusCode(404);
    }

    static Stream<Arguments> bad_categories() {
        return Stream.of(
                Arguments.of("lower-case code", Map.of("code", "nong_san", "labelVi", "X", "labelEn", "X"), "code"),
                Arguments.of("missing code", Map.of("labelVi", "X", "labelEn", "X"), "code"),
                Arguments.of("oversized code", Map.of("code", "A".repeat(33), "labelVi", "X", "labelEn", "X"), "code"),
                Arguments.of("blank Vietnamese label", Map.of("code", "NS", "labelVi", " ", "labelEn", "X"), "labelVi"),
                Arguments.of("missing English label", Map.of("code", "NS", "labelVi", "X"), "labelEn"),
                Arguments.of("oversized label", Map.of("code", "NS", "labelVi", "Ấ".repeat(201), "labelEn", "X"), "labelVi"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_categories")
    void a_bad_category_is_rejected_naming_the_field_and_nothing_is_added(String why, Map<String, Object> body,
                                                                         String field) {
        List<String> before = codes(tenantA, Api.ADMIN_A);
        Api.as(Api.ADMIN_A).body(new HashMap<>(body)).post(CATEGORIES, tenantA).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
        assertThat(codes(tenantA, Api.ADMIN_A)).isEqualTo(before);
    }
}
