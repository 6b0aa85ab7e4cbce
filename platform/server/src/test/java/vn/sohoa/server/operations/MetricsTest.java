package vn.sohoa.server.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TestClock;

/** What Prometheus scrapes at /q/metrics. */
@QuarkusTest
class MetricsTest {

    private static final String LOGGED = "sohoa_support_records_logged_total";

    @Test
    void prometheus_finds_http_the_pool_the_jvm_the_cluster_the_caches_and_the_support_counter() {
        String tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.VIEWER, "VIEWER");
        for (int i = 0; i < 3; i++) {
            Api.as(Api.VIEWER).get("/api/v1/tenants/{code}/units", tenant).then().statusCode(200);
        }

        String metrics = scrape();

        assertThat(family(metrics, "http_server_requests_seconds_count"))
                .anySatisfy(line -> assertThat(line).contains("uri=\"/api/v1/tenants/{code}/units\""));
        assertThat(family(metrics, "agroal_active_count")).isNotEmpty();
        assertThat(family(metrics, "agroal_awaiting_count")).isNotEmpty();
        assertThat(family(metrics, "jvm_memory_used_bytes")).isNotEmpty();
        assertThat(family(metrics, "sohoa_cluster_members"))
                .singleElement().satisfies(line -> assertThat(value(line)).isGreaterThanOrEqualTo(1));
        for (String cache : List.of("tenants-by-code", "grants-by-subject")) {
            assertThat(family(metrics, "cache_gets_total")).as(cache).anySatisfy(line -> assertThat(line)
                    .contains("cache=\"" + cache + "\"").contains("result=\"hit\"")
                    .satisfies(hit -> assertThat(value(hit)).isPositive()));
            assertThat(family(metrics, "cache_hit_ratio")).as(cache).anySatisfy(line -> assertThat(line)
                    .contains("cache=\"" + cache + "\"")
                    .satisfies(ratio -> assertThat(value(ratio)).isBetween(0.0, 1.0)));
        }
        assertThat(family(metrics, LOGGED)).hasSize(1);
    }

    @Test
    void a_stored_support_record_moves_the_counter_by_one_and_a_refused_one_does_not() {
        String tenant = Fixtures.newTenant();
        Fixtures.addUnit(tenant, "AP1");
        double before = value(family(scrape(), LOGGED).getFirst());

        Fixtures.logSupport(tenant, "AP1", "VNEID");
        double afterOne = value(family(scrape(), LOGGED).getFirst());
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("occurredAt", TestClock.suiteNow().minusDays(1)
                                .withNano(0).toString(), "unitCode", "NO-SUCH-HAMLET", "categoryCode", "VNEID",
                        "channel", "OFFICE", "peopleCount", 1, "outcome", "DONE"))
                .post("/api/v1/tenants/{code}/support-logs", tenant).then().statusCode(400);
        double afterRefused = value(family(scrape(), LOGGED).getFirst());

        assertThat(afterOne).isEqualTo(before + 1);
        assertThat(afterRefused).isEqualTo(afterOne);
    }

    @Test
    void no_metric_names_a_tenant() {
        String tenant = Fixtures.newTenant();
        Fixtures.addUnit(tenant, "AP1");
        Fixtures.logSupport(tenant, "AP1", "VNEID");
        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}/support-logs", tenant).then().statusCode(200);
        given().redirects().follow(false).get("/t/{code}/units", tenant);

        assertThat(scrape()).doesNotContain(tenant);
    }

    private static String scrape() {
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sample lines of one metric family (comments left out). */
    private static List<String> family(String metrics, String name) {
        return metrics.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " ")).toList();
    }

    private static double value(String sample) {
        int labelsEnd = sample.lastIndexOf('}');
        String rest = labelsEnd >= 0 ? sample.substring(labelsEnd + 1) : sample.substring(sample.indexOf(' '));
        return Double.parseDouble(rest.trim().split(" ")[0]);
    }
}
