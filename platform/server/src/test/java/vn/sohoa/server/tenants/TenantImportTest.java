package vn.sohoa.server.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.CsvImport;
import vn.sohoa.server.support.Fixtures;

/** Importing administrative units from a CSV file: all rows or none, only where the importer may. */
@QuarkusTest
class TenantImportTest {

    @Test
    void a_valid_file_imports_every_row_with_vietnamese_names_and_parents_in_any_order() {
        String province = Fixtures.newTenant();
        String p = CsvImport.prefix();
        // Children before their parents, a byte-order mark, Windows line ends and a quoted name with a comma.
        String csv = "\uFEFFcode,name,kind,parentCode\r\n"
                + p + "-S1,\"Trường THCS \"\"Lê Lợi\"\", Vị Thanh\",SCHOOL," + p + "-X1\r\n"
                + p + "-X1,Xã Vị Tân,COMMUNE," + p + "-H1\r\n"
                + p + "-H1,Thành phố Vị Thanh,DISTRICT," + province + "\r\n"
                + p + "-D1,Sở Thông tin và Truyền thông,DEPARTMENT," + province + "\r\n";

        CsvImport.as(Api.PROVINCE_ADMIN, csv).post(CsvImport.PATH)
                .then().statusCode(201).body("created", equalTo(4));

        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}", p + "-S1").then().statusCode(200)
                .body("name", equalTo("Trường THCS \"Lê Lợi\", Vị Thanh")).body("kind", equalTo("SCHOOL"))
                .body("parentCode", equalTo(p + "-X1"));
        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}", p + "-X1").then().statusCode(200)
                .body("name", equalTo("Xã Vị Tân")).body("parentCode", equalTo(p + "-H1"));
        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}", p + "-D1").then().statusCode(200)
                .body("name", equalTo("Sở Thông tin và Truyền thông"));
        // The hierarchy is real: a member of the province reads the imported school three levels down.
        Fixtures.addMember(province, Api.VIEWER, "VIEWER");
        Api.as(Api.VIEWER).get("/api/v1/tenants/{code}", p + "-S1").then().statusCode(200);
    }

    @Test
    void a_dry_run_previews_the_rows_parents_first_and_writes_nothing() {
        String province = Fixtures.newTenant();
        String p = CsvImport.prefix();
        String csv = CsvImport.HEADER
                + p + "-X1,Xã Hỏa Lựu,COMMUNE," + p + "-H1\n"
                + p + "-H1,Thành phố Vị Thanh,district," + province + "\n";

        JsonPath preview = CsvImport.as(Api.PROVINCE_ADMIN, csv).queryParam("dryRun", true).post(CsvImport.PATH)
                .then().statusCode(200).body("valid", equalTo(true)).body("rows", equalTo(2))
                .body("problemCount", equalTo(0)).extract().jsonPath();

        assertThat(preview.getList("wouldCreate.code")).containsExactly(p + "-H1", p + "-X1");
        assertThat(preview.getList("wouldCreate.line")).containsExactly(3, 2);
        assertThat(preview.getList("wouldCreate.kind")).containsExactly("DISTRICT", "COMMUNE");
        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}", p + "-H1").then().statusCode(404);
    }

    @Test
    void one_bad_row_among_valid_ones_imports_nothing() {
        String province = Fixtures.newTenant();
        String p = CsvImport.prefix();
        String csv = CsvImport.HEADER
                + p + "-A,Phường I,COMMUNE," + province + "\n"
                + p + "-B,Phường III,COMMUNE," + province + "\n"
                + p + "-C,Phường IV,VILLAGE," + province + "\n"
                + p + "-D,Phường V,COMMUNE," + province + "\n";

        CsvImport.as(Api.PROVINCE_ADMIN, csv).post(CsvImport.PATH)
                .then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422)).body("detail", startsWith("1 line has problems"))
                .body("errors.size()", equalTo(1)).body("errors[0].line", equalTo(4))
                .body("errors[0].field", equalTo("kind"));

        for (String code : List.of("-A", "-B", "-D")) {
            Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}", p + code).then().statusCode(404);
        }
        Api.as(Api.PROVINCE_ADMIN).queryParam("parent", province).get("/api/v1/tenants").then().body("total", equalTo(0));
    }

    @Test
    void a_tenant_admin_of_b_cannot_import_under_a_but_can_under_b() {
        String tenantA = Fixtures.newTenant();
        String tenantB = Fixtures.newTenant();
        String hidden = Fixtures.newTenant();
        Fixtures.addMember(tenantB, Api.ADMIN_B, "TENANT_ADMIN");
        Fixtures.addMember(tenantA, Api.ADMIN_B, "VIEWER");
        String p = CsvImport.prefix();

        String elsewhere = CsvImport.HEADER
                + p + "-A1,Xã dưới A,COMMUNE," + tenantA + "\n"
                + p + "-A2,Ấp dưới xã dưới A,OTHER," + p + "-A1\n"
                + p + "-H1,Xã dưới tỉnh ẩn,COMMUNE," + hidden + "\n"
                + p + "-T1,Tỉnh mới,PROVINCE,\n";
        JsonPath problems = CsvImport.as(Api.ADMIN_B, elsewhere).post(CsvImport.PATH)
                .then().statusCode(422).extract().jsonPath();
        assertThat(problems.getList("errors.line")).containsExactly(2, 4, 5);
        assertThat(problems.getList("errors.field")).containsOnly("parentCode");
        assertThat(problems.getString("errors[0].message")).startsWith("not allowed under parent " + tenantA);
        // The hidden tenant is reported exactly like one that does not exist.
        assertThat(problems.getString("errors[1].message")).startsWith("unknown parent " + hidden);
        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}", p + "-A1").then().statusCode(404);

        String own = CsvImport.HEADER
                + p + "-B2,Ấp Mỹ Hiệp,OTHER," + p + "-B1\n"
                + p + "-B1,Xã Hiệp Lợi,COMMUNE," + tenantB + "\n";
        CsvImport.as(Api.ADMIN_B, own).post(CsvImport.PATH).then().statusCode(201).body("created", equalTo(2));
        Api.as(Api.ADMIN_B).get("/api/v1/tenants/{code}", p + "-B2").then().statusCode(200)
                .body("name", equalTo("Ấp Mỹ Hiệp"));
    }
}
