package vn.sohoa.server.files;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.files.store.FileKind;
import vn.sohoa.platform.files.store.StoredFile;
import vn.sohoa.platform.files.store.StoredFiles;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TenantSql;
import vn.sohoa.server.support.Tokens;

/**
 * The shared file store: content in and out byte for byte in chunks, the kind read from the content, the
 * limits, and nothing left behind by a refused upload. Through the service as a feature calls it, and through
 * HTTP with {@link StoredFilesTestResource}.
 */
@QuarkusTest
class StoredFilesTest {

    static final Set<FileKind> EVERY_KIND = EnumSet.allOf(FileKind.class);
    static final long TEN_MB = 10L * 1024 * 1024;

    @Inject
    StoredFiles files;

    @Inject
    TenantWork work;

    @Inject
    AgroalDataSource dataSource;

    String tenant;

    @BeforeEach
    void a_tenant_with_its_administrator() {
        tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.ADMIN_A, "TENANT_ADMIN");
    }

    @Test
    void a_file_of_several_chunks_is_read_back_byte_for_byte_with_its_size_and_sha256() throws SQLException {
        byte[] content = Samples.pdf(3_000_000);

        StoredFile stored = store("Báo cáo kết quả.pdf", content, EVERY_KIND, TEN_MB);

        assertThat(stored.kind()).isEqualTo(FileKind.PDF);
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(Samples.sha256(content));
        assertThat(work.inTenant(tenant, () -> files.find(stored.id()))).contains(stored);
        assertThat(TenantSql.strings(dataSource, tenant, "select count(*) from stored_file_chunk where file_id = ?",
                stored.id())).containsExactly("6");
        Response download = given().auth().oauth2(Tokens.of(Api.ADMIN_A))
                .get("/api/v1/tenants/{code}/test-files/{id}", tenant, stored.id());
        download.then().statusCode(200).contentType("application/pdf")
                .header("Content-Length", String.valueOf(content.length))
                .header("Content-Disposition", "attachment; filename=\"Bao cao ket qua.pdf\"; "
                        + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20k%E1%BA%BFt%20qu%E1%BA%A3.pdf")
                .header("X-Content-Type-Options", "nosniff");
        assertThat(download.asByteArray()).isEqualTo(content);
    }

    @Test
    void each_kind_is_told_by_its_content() {
        assertThat(store("a", Samples.pdf(1000), EVERY_KIND, TEN_MB).kind()).isEqualTo(FileKind.PDF);
        assertThat(store("a", Samples.jpeg(1000), EVERY_KIND, TEN_MB).kind()).isEqualTo(FileKind.JPEG);
        assertThat(store("a", Samples.png(1000), EVERY_KIND, TEN_MB).kind()).isEqualTo(FileKind.PNG);
        assertThat(store("a", Samples.docx(), EVERY_KIND, TEN_MB).kind()).isEqualTo(FileKind.DOCX);
        assertThat(store("a", Samples.xlsx(), EVERY_KIND, TEN_MB).kind()).isEqualTo(FileKind.XLSX);
    }

    @Test
    void a_file_whose_content_is_not_an_allowed_kind_is_refused_with_415_whatever_its_name() throws SQLException {
        refused(Samples.png(5000), "scan.pdf", "PDF").body("detail", containsString("PNG by its content"))
                .body("detail", containsString("this upload takes PDF"));
        refused(Samples.docx(), "ke-hoach.pdf", "PDF", "JPEG", "PNG")
                .body("detail", containsString("DOCX (Word) by its content"))
                .body("detail", containsString("PDF, JPEG or PNG"));
        refused(Samples.plainZip(), "bang-diem.xlsx", "XLSX").body("detail", containsString("none of the kinds"));
        refused("<html><script>alert(1)</script></html>".getBytes(), "anh.png", "PNG");
        refused(new byte[0], "trong.pdf", "PDF").body("detail", containsString("empty"));

        assertThat(rows("stored_file")).isZero();
        assertThat(rows("stored_file_chunk")).isZero();
    }

    @Test
    void a_file_over_the_limit_is_refused_with_413_and_leaves_no_row() throws SQLException {
        given().auth().oauth2(Tokens.of(Api.ADMIN_A)).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"lon.pdf\"")
                .body(Samples.pdf(1_500_000))
                .post("/api/v1/tenants/{code}/test-files", tenant)
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:sohoa:problem:payload-too-large"))
                .body("detail", containsString("larger than 1 MB"));
        // Through the service, chunks are written as the content arrives: four of them before the limit is passed.
        ProblemException refusal = catchThrowableOfType(ProblemException.class,
                () -> store("lon.pdf", Samples.pdf(3_000_000), EVERY_KIND, 2L * 1024 * 1024));

        assertThat(refusal.problem().status()).isEqualTo(413);
        assertThat(refusal.problem().detail()).contains("2 MB");
        assertThat(rows("stored_file")).isZero();
        assertThat(rows("stored_file_chunk")).isZero();
        assertThat(TenantSql.strings(dataSource, tenant,
                "select count(*) from audit_entry where entity_type = 'StoredFile'")).containsExactly("0");
    }

    @Test
    void an_archive_that_unpacks_beyond_the_limit_before_it_shows_its_kind_is_refused_with_413() throws SQLException {
        byte[] bomb = Samples.zipBomb(101L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        ProblemException refusal = catchThrowableOfType(ProblemException.class,
                () -> store("bang.xlsx", bomb, EVERY_KIND, TEN_MB));

        assertThat(refusal.problem().status()).isEqualTo(413);
        assertThat(refusal.problem().detail()).contains("unpacks to more than 100 MB");
        assertThat(rows("stored_file")).isZero();
    }

    @Test
    void the_upload_is_named_by_content_disposition_or_the_name_parameter() throws Exception {
        upload(Samples.pdf(100), "attachment; filename=\"bien-ban.pdf\"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n.pdf", "")
                .then().statusCode(201).body("name", equalTo("Biên bản.pdf")).body("kind", equalTo("PDF"));
        upload(Samples.pdf(100), "attachment; filename=\"C:\\\\fakepath\\\\to-trinh.pdf\"", "")
                .then().statusCode(201).body("name", equalTo("to-trinh.pdf"));
        // curl sends a name typed in a terminal as its UTF-8 bytes, which HTTP reads as ISO-8859-1. Written on a
        // socket, because RestAssured's and the JDK's clients both replace such bytes before sending them.
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            byte[] body = Samples.pdf(100);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/tenants/" + tenant + "/test-files HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer " + Tokens.of(Api.ADMIN_A) + "\r\nContent-Type: application/pdf\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n"
                    + "Content-Disposition: attachment; filename=\"").getBytes(StandardCharsets.US_ASCII));
            out.write("Tờ trình số 12.pdf".getBytes(StandardCharsets.UTF_8));
            out.write("\"\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 201").contains("\"name\":\"Tờ trình số 12.pdf\"");
        }
        upload(Samples.pdf(100), null, "?name=Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh.pdf")
                .then().statusCode(201).body("name", equalTo("Quyết định.pdf"));
        upload(Samples.pdf(100), null, "")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("Content-Disposition"));
    }

    @Test
    void a_download_adds_the_extension_of_its_kind_to_a_name_without_it() {
        StoredFile stored = store("Ảnh hiện trường", Samples.jpeg(2000), EVERY_KIND, TEN_MB);

        given().auth().oauth2(Tokens.of(Api.ADMIN_A)).get("/api/v1/tenants/{code}/test-files/{id}", tenant, stored.id())
                .then().statusCode(200).contentType("image/jpeg")
                .header("Content-Disposition", containsString("filename=\"Anh hien truong.jpg\""));
    }

    @Test
    void storing_and_deleting_a_file_is_audited_with_its_name_kind_and_size_but_never_its_content() throws SQLException {
        StoredFile stored = store("Biên bản nghiệm thu.pdf", Samples.pdf(600_000), EVERY_KIND, TEN_MB);

        given().auth().oauth2(Tokens.of(Api.ADMIN_A))
                .delete("/api/v1/tenants/{code}/test-files/{id}", tenant, stored.id()).then().statusCode(204);

        assertThat(rows("stored_file")).isZero();
        assertThat(rows("stored_file_chunk")).isZero();
        assertThat(TenantSql.strings(dataSource, tenant, """
                select action || ' ' || entity_key || ' ' || coalesce(changes -> 'kind' ->> 'after', changes -> 'kind' ->> 'before')
                       || ' ' || coalesce(changes -> 'size_bytes' ->> 'after', changes -> 'size_bytes' ->> 'before')
                from audit_entry where entity_type = 'StoredFile' order by id"""))
                .containsExactly("CREATE Biên bản nghiệm thu.pdf PDF 600000", "DELETE Biên bản nghiệm thu.pdf PDF 600000");
        assertThat(TenantSql.strings(dataSource, tenant, """
                select count(*) from audit_entry where changes::text like '%data%' or entity_type like '%Chunk%'"""))
                .containsExactly("0");
    }

    private StoredFile store(String name, byte[] content, Set<FileKind> allowed, long maxBytes) {
        return work.inTenant(tenant, () -> files.store(new ByteArrayInputStream(content), name, allowed, maxBytes));
    }

    private ValidatableResponse refused(byte[] content, String name, String... allowed) {
        return given().auth().oauth2(Tokens.of(Api.ADMIN_A)).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .queryParam("allowed", (Object[]) allowed)
                .body(content)
                .post("/api/v1/tenants/{code}/test-files", tenant)
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("urn:sohoa:problem:unsupported-media-type"))
                .body("detail", containsString("Nothing was stored"));
    }

    private Response upload(byte[] content, String disposition, String query) {
        var request = given().auth().oauth2(Tokens.of(Api.ADMIN_A)).contentType("application/octet-stream").body(content);
        if (disposition != null) {
            request.header("Content-Disposition", disposition);
        }
        return request.urlEncodingEnabled(false).post("/api/v1/tenants/" + tenant + "/test-files" + query);
    }

    private long rows(String table) throws SQLException {
        return Long.parseLong(TenantSql.strings(dataSource, tenant, "select count(*) from " + table).getFirst());
    }
}
