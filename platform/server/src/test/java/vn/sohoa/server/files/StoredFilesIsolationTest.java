package vn.sohoa.server.files;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.SQLException;
import java.util.EnumSet;
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

/** A file of tenant A does not exist for tenant B: not through the API, the service, nor plain SQL. */
@QuarkusTest
class StoredFilesIsolationTest {

    @Inject
    StoredFiles files;

    @Inject
    TenantWork work;

    @Inject
    AgroalDataSource dataSource;

    String tenantA;
    String tenantB;
    byte[] content;
    StoredFile fileOfA;

    @BeforeEach
    void a_file_in_tenant_a() {
        tenantA = Fixtures.newTenant();
        tenantB = Fixtures.newTenant();
        Fixtures.addMember(tenantA, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(tenantB, Api.ADMIN_B, "TENANT_ADMIN");
        content = Samples.pdf(1_200_000);
        fileOfA = work.inTenant(tenantA, () -> files.store(new ByteArrayInputStream(content), "Minh chứng.pdf",
                EnumSet.of(FileKind.PDF), 10L * 1024 * 1024));
    }

    @Test
    void tenant_b_can_neither_find_copy_nor_delete_a_file_of_tenant_a() {
        assertThat(work.inTenant(tenantB, () -> files.find(fileOfA.id()))).isEmpty();
        ByteArrayOutputStream copied = new ByteArrayOutputStream();
        ProblemException copy = catchThrowableOfType(ProblemException.class,
                () -> work.inTenant(tenantB, () -> {
                    files.copy(fileOfA.id(), copied);
                    return null;
                }));
        ProblemException delete = catchThrowableOfType(ProblemException.class,
                () -> work.inTenant(tenantB, () -> {
                    files.delete(fileOfA.id());
                    return null;
                }));

        assertThat(copy.problem().status()).isEqualTo(404);
        assertThat(copied.size()).isZero();
        assertThat(delete.problem().status()).isEqualTo(404);
        assertThat(work.inTenant(tenantA, () -> files.find(fileOfA.id()))).contains(fileOfA);
    }

    @Test
    void through_the_api_tenant_b_gets_404_for_a_file_of_tenant_a() {
        given().auth().oauth2(Tokens.of(Api.ADMIN_B))
                .get("/api/v1/tenants/{code}/test-files/{id}", tenantB, fileOfA.id()).then().statusCode(404);
        given().auth().oauth2(Tokens.of(Api.ADMIN_B))
                .delete("/api/v1/tenants/{code}/test-files/{id}", tenantB, fileOfA.id()).then().statusCode(404);
        given().auth().oauth2(Tokens.of(Api.ADMIN_B))
                .get("/api/v1/tenants/{code}/test-files/{id}", tenantA, fileOfA.id()).then().statusCode(404);

        byte[] downloaded = given().auth().oauth2(Tokens.of(Api.ADMIN_A))
                .get("/api/v1/tenants/{code}/test-files/{id}", tenantA, fileOfA.id())
                .then().statusCode(200).extract().asByteArray();
        assertThat(downloaded).isEqualTo(content);
    }

    @Test
    void plain_sql_as_the_application_role_in_tenant_b_sees_and_adds_nothing_of_tenant_a() throws SQLException {
        assertThat(TenantSql.strings(dataSource, tenantB, "select count(*) from stored_file where id = ?",
                fileOfA.id())).containsExactly("0");
        assertThat(TenantSql.strings(dataSource, tenantB, "select count(*) from stored_file_chunk where file_id = ?",
                fileOfA.id())).containsExactly("0");
        assertThat(TenantSql.update(dataSource, tenantB, "delete from stored_file where id = ?", fileOfA.id())).isZero();
        assertThat(catchThrowable(() -> TenantSql.update(dataSource, tenantB,
                "insert into stored_file_chunk (file_id, tenant_id, seq, data) values (?, ?, 99, '\\x00')",
                fileOfA.id(), tenantA))).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        assertThat(catchThrowable(() -> TenantSql.update(dataSource, tenantB,
                "update stored_file_chunk set data = '\\x00' where file_id = ?", fileOfA.id())))
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");

        assertThat(TenantSql.strings(dataSource, tenantA, "select count(*) from stored_file_chunk where file_id = ?",
                fileOfA.id())).containsExactly("3");
        assertThat(TenantSql.strings(dataSource, tenantA, """
                select encode(sha256(string_agg(data, ''::bytea order by seq)), 'hex')
                from stored_file_chunk where file_id = ?""", fileOfA.id())).containsExactly(Samples.sha256(content));
    }
}
