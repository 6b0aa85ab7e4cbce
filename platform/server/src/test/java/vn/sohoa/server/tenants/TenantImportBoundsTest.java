package vn.sohoa.server.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.tenancy.domain.TenantsChanged;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.CsvImport;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.Statements;

/**
 * A tenant import does bounded work: a file of too many rows is refused whole, the tenants it names are
 * looked up once, a preview lists only the first rows and problems, and the caches hear of the whole batch
 * once.
 */
@QuarkusTest
class TenantImportBoundsTest {

    @Test
    void a_file_of_a_million_lines_is_refused_with_413_naming_the_limit() {
        String csv = CsvImport.HEADER + "x,Xã,COMMUNE,\n".repeat(1_000_000);
        for (boolean dryRun : List.of(true, false)) {
            CsvImport.as(Api.PROVINCE_ADMIN, csv).queryParam("dryRun", dryRun).post(CsvImport.PATH).then()
                    .statusCode(413).contentType("application/problem+json")
                    .body("detail", containsString("100,000")).body("detail", containsString("sohoa.imports.max-rows"));
        }
    }

    @Test
    void a_batch_import_sends_one_registry_change_for_all_its_tenants() {
        String province = Fixtures.newTenant();
        String p = CsvImport.prefix();
        String csv = CsvImport.HEADER + rows(p, province, 30);

        List<Object> heard = RegistryChanges.during(() -> CsvImport.as(Api.PROVINCE_ADMIN, csv).post(CsvImport.PATH)
                .then().statusCode(201).body("created", equalTo(30)));

        Set<String> codes = IntStream.rangeClosed(1, 30).mapToObj(i -> p + "-" + i).collect(Collectors.toSet());
        assertThat(heard).containsExactly(new TenantsChanged(codes));
        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}", p + "-30").then().statusCode(200)
                .body("parentCode", equalTo(province));
    }

    @Test
    void the_tenants_a_file_names_are_looked_up_once_however_long_the_file() {
        String province = Fixtures.newTenant();
        String p = CsvImport.prefix();
        dryRun(CsvImport.HEADER + rows(p, province, 1)); // fills the caches every request reads

        long two = Statements.during(() -> dryRun(CsvImport.HEADER + rows(p, province, 2)));
        long sixty = Statements.during(() -> dryRun(CsvImport.HEADER + rows(p, province, 60)));

        assertThat(sixty).isEqualTo(two);
    }

    @Test
    void a_preview_counts_every_row_and_problem_but_lists_only_the_first_hundred() {
        String province = Fixtures.newTenant();
        String p = CsvImport.prefix();
        String bad = IntStream.rangeClosed(1, 130).mapToObj(i -> p + "-B" + i + ",Xã,VILLAGE," + province + "\n")
                .collect(Collectors.joining());
        JsonPath preview = dryRun(CsvImport.HEADER + rows(p, province, 150) + bad);

        assertThat(preview.getInt("rows")).isEqualTo(280);
        assertThat(preview.getInt("wouldCreateCount")).isEqualTo(150);
        assertThat(preview.getList("wouldCreate")).hasSize(100);
        assertThat(preview.getInt("problemCount")).isEqualTo(130);
        assertThat(preview.getList("problems.line", Integer.class)).hasSize(100).startsWith(152, 153);
    }

    private static String rows(String prefix, String parent, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + "-" + i + ",Xã " + i + ",COMMUNE," + parent + "\n")
                .collect(Collectors.joining());
    }

    private static JsonPath dryRun(String csv) {
        return CsvImport.as(Api.PROVINCE_ADMIN, csv).queryParam("dryRun", true).post(CsvImport.PATH).then()
                .statusCode(200).extract().jsonPath();
    }
}
