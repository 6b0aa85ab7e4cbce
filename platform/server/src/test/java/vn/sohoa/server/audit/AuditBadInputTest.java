package vn.sohoa.server.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** A filter that makes no sense is a 400 problem naming the parameter, for the list and the export alike. */
@QuarkusTest
class AuditBadInputTest {

    String tenant;

    @BeforeEach
    void a_tenant() {
        tenant = Fixtures.newTenant();
    }

    static Stream<Arguments> bad_filters() {
        return Stream.of(
                Arguments.of(Map.of("action", "OPEN"), "action"),
                Arguments.of(Map.of("from", "yesterday"), "from"),
                Arguments.of(Map.of("to", "2025-13-01"), "to"),
                Arguments.of(Map.of("from", "2025-07-01T25:00:00Z"), "from"),
                Arguments.of(Map.of("from", "2025-07-02", "to", "2025-07-01"), "to"),
                Arguments.of(Map.of("from", "2025-07-01T10:00:00+07:00", "to", "2025-07-01T09:59:59+07:00"), "to"),
                Arguments.of(Map.of("actor", "x".repeat(256)), "actor"),
                Arguments.of(Map.of("entityType", "x".repeat(65)), "entityType"),
                Arguments.of(Map.of("from", "2".repeat(41)), "from"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_filters")
    void a_bad_filter_is_rejected_with_a_problem_naming_it(Map<String, ?> filter, String field) {
        for (String path : new String[] {"/api/v1/tenants/{code}/audit", "/api/v1/tenants/{code}/audit/export"}) {
            Api.as(Api.PROVINCE_ADMIN).accept("*/*").queryParams(filter).get(path, tenant)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(field)).body("detail", not(containsString("Exception")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_pages")
    void bad_paging_is_rejected(Map<String, ?> paging, String field) {
        Api.as(Api.PROVINCE_ADMIN).queryParams(paging).get("/api/v1/tenants/{code}/audit", tenant)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    static Stream<Arguments> bad_pages() {
        return Stream.of(Arguments.of(Map.of("size", 0), "size"), Arguments.of(Map.of("page", "-1"), "page"),
                Arguments.of(Map.of("size", "many"), "size"));
    }
}
