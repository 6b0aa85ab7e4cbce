package vn.sohoa.server.tenants;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.CsvImport;
import vn.sohoa.server.support.Fixtures;

/** Every bad line of an import file is reported with its line number, and a bad file writes nothing. */
@QuarkusTest
class TenantImportBadInputTest {

    @Test
    void a_dry_run_lists_every_bad_line_with_its_number_and_writes_nothing() {
        String province = Fixtures.newTenant();
        String taken = Fixtures.newTenant(province);
        String p = CsvImport.prefix();
        String csv = CsvImport.HEADER
                + p + "-1,Xã Vị Tân,COMMUNE," + province + "\n"              // 2 fine
                + "Xã 3,Mã có dấu cách,COMMUNE," + province + "\n"            // 3 bad code
                + p + "-4,Cha không có,COMMUNE," + p + "-NONE\n"              // 4 unknown parent
                + p + "-1,Trùng trong tệp,COMMUNE," + province + "\n"        // 5 duplicate in the file
                + taken + ",Trùng trong CSDL,COMMUNE," + province + "\n"     // 6 duplicate in the database
                + p + "-7,Vòng A,COMMUNE," + p + "-8\n"                      // 7 cycle
                + p + "-8,Vòng B,COMMUNE," + p + "-7\n"                      // 8 cycle
                + p + "-9,Ấp,HAMLET," + province + "\n"                      // 9 wrong kind
                + p + "-10,,COMMUNE," + province + "\n"                      // 10 missing name
                + p + "-11,Thiếu cột,COMMUNE\n"                              // 11 wrong number of fields
                + p + "-12,\"Trường \"\"Lê Lợi\"\", Vị Thanh\",SCHOOL," + p + "-1\n"; // 12 fine

        JsonPath preview = CsvImport.as(Api.PROVINCE_ADMIN, csv).queryParam("dryRun", true).post(CsvImport.PATH)
                .then().statusCode(200).body("valid", equalTo(false)).body("rows", equalTo(11))
                .extract().jsonPath();

        assertThat(preview.getList("problems.line")).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(preview.getList("problems.field"))
                .containsExactly("code", "parentCode", "code", "code", "parentCode", "parentCode", "kind", "name", null);
        assertThat(preview.getString("problems[2].message")).contains("line 2");
        assertThat(preview.getString("problems[3].message")).contains("already exists");
        assertThat(preview.getString("problems[4].message")).contains(p + "-7 → " + p + "-8 → " + p + "-7");
        assertThat(preview.getInt("problemCount")).isEqualTo(9);
        assertThat(preview.getList("wouldCreate.code")).containsExactly(p + "-1", p + "-12");
        Api.as(Api.PROVINCE_ADMIN).queryParam("parent", province).get("/api/v1/tenants").then()
                .body("total", equalTo(1));

        CsvImport.as(Api.PROVINCE_ADMIN, csv).post(CsvImport.PATH).then().statusCode(422)
                .contentType("application/problem+json").body("errors.size()", equalTo(9));
        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}", p + "-1").then().statusCode(404);
    }

    static Stream<Arguments> bad_files() {
        byte[] latin1 = (CsvImport.HEADER + "X1,Xã Vị Tân,COMMUNE,\n").getBytes(StandardCharsets.ISO_8859_1);
        return Stream.of(
                Arguments.of("an empty file", new byte[0], 1),
                Arguments.of("a header only", CsvImport.HEADER.getBytes(StandardCharsets.UTF_8), 2),
                Arguments.of("a wrong header", "ma,ten,loai,cha\nX,Y,OTHER,\n".getBytes(StandardCharsets.UTF_8), 1),
                Arguments.of("a missing column", "code,name,kind\nX,Y,OTHER\n".getBytes(StandardCharsets.UTF_8), 1),
                Arguments.of("semicolons", "code;name;kind;parentCode\nX;Y;OTHER;\n".getBytes(StandardCharsets.UTF_8), 1),
                Arguments.of("Latin-1 bytes", latin1, 2),
                Arguments.of("an unclosed quote", (CsvImport.HEADER + "X1,\"Xã Vị Tân,COMMUNE,\n")
                        .getBytes(StandardCharsets.UTF_8), 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_files")
    void a_bad_file_is_reported_at_its_line_and_not_imported(String why, byte[] file, int line) {
        CsvImport.as(Api.PROVINCE_ADMIN, file).queryParam("dryRun", true).post(CsvImport.PATH)
                .then().statusCode(200).body("valid", equalTo(false)).body("problems[0].line", equalTo(line));
        CsvImport.as(Api.PROVINCE_ADMIN, file).post(CsvImport.PATH)
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].line", equalTo(line));
    }

    @Test
    void a_dry_run_flag_other_than_true_or_false_is_rejected_before_anything_is_written() {
        String province = Fixtures.newTenant();
        String code = CsvImport.prefix();
        CsvImport.as(Api.PROVINCE_ADMIN, CsvImport.HEADER + code + ",Xã Tân Tiến,COMMUNE," + province + "\n")
                .queryParam("dryRun", "yes").post(CsvImport.PATH)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("dryRun"));
        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}", code).then().statusCode(404);
    }

    @Test
    void a_file_that_is_not_csv_is_415_and_a_request_without_token_is_401() {
        Api.as(Api.PROVINCE_ADMIN).body("{\"code\": \"X\"}").post(CsvImport.PATH)
                .then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(vn.sohoa.server.support.Tokens.of(Api.PROVINCE_ADMIN))
                .contentType("text/csv; charset=ISO-8859-1").body(CsvImport.HEADER).post(CsvImport.PATH)
                .then().statusCode(415).contentType("application/problem+json");
        given().contentType("text/csv; charset=UTF-8").body(CsvImport.HEADER).post(CsvImport.PATH)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void a_file_over_20_mb_is_413_but_json_requests_keep_their_2_mb_limit() {
        byte[] huge = new byte[20 * 1024 * 1024 + 1];
        Arrays.fill(huge, (byte) 'x');
        CsvImport.as(Api.PROVINCE_ADMIN, huge).post(CsvImport.PATH)
                .then().statusCode(413).contentType("application/problem+json");

        String bigName = "x".repeat(3 * 1024 * 1024);
        Api.as(Api.PROVINCE_ADMIN).body("{\"code\": \"X\", \"name\": \"" + bigName + "\", \"kind\": \"OTHER\"}")
                .post("/api/v1/tenants").then().statusCode(413).contentType("application/problem+json");
        // Just under the file limit is read and checked.
        byte[] large = (CsvImport.HEADER + "X,\"" + "y".repeat(3 * 1024 * 1024) + "\",OTHER,\n").getBytes(StandardCharsets.UTF_8);
        CsvImport.as(Api.PROVINCE_ADMIN, large).queryParam("dryRun", true).post(CsvImport.PATH)
                .then().statusCode(200).body("problems.field", equalTo(List.of("name")));
    }
}
