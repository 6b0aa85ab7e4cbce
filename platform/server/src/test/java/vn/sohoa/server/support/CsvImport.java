package vn.sohoa.server.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Tenant import files and requests that send them. */
public final class CsvImport {

    public static final String PATH = "/api/v1/tenants/import";
    public static final String HEADER = "code,name,kind,parentCode\n";

    private CsvImport() {
    }

    /** A request sending this file as UTF-8 CSV with this person's token. */
    public static RequestSpecification as(String username, String csv) {
        return as(username, csv.getBytes(StandardCharsets.UTF_8));
    }

    public static RequestSpecification as(String username, byte[] file) {
        return given().auth().oauth2(Tokens.of(username)).contentType("text/csv; charset=UTF-8").body(file);
    }

    /** A prefix that makes this test's codes its own, e.g. {@code I3f9a1c}. */
    public static String prefix() {
        return "I" + UUID.randomUUID().toString().substring(0, 6);
    }
}
