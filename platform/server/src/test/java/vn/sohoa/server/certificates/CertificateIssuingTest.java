package vn.sohoa.server.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.training.CourseCompleted;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TenantSql;
import vn.sohoa.server.support.TestClock;

/** A completed course issues its certificate in the same transaction, once per enrolment, dated in Vietnam. */
@QuarkusTest
class CertificateIssuingTest {

    @Inject
    Completions completions;

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource dataSource;

    String province;
    String commune;

    @BeforeEach
    void a_province_and_a_commune_under_it() {
        province = Fixtures.newTenant();
        commune = Fixtures.newTenant(province);
    }

    @AfterEach
    void back_to_the_systems_time() {
        clock.reset();
    }

    @Test
    void a_completion_issues_one_certificate_of_the_course_owner_dated_in_vietnam() throws SQLException {
        clock.startAt(Instant.parse("2026-03-31T17:30:00Z"));
        CourseCompleted completion = Completions.of(province, commune, Api.VIEWER, "Nguyễn Thị Hồng Nhung");

        String serial = completions.certify(completion);

        assertThat(TenantSql.strings(dataSource, province, """
                select concat_ws('|', holder_name, username, course_code, course_version, enrolment_tenant_id,
                                 to_char(issued_on, 'DD/MM/YYYY'), status)
                from certificate where serial = ?""", serial)).containsExactly(
                "Nguyễn Thị Hồng Nhung|" + Api.VIEWER + "|KNS-CB|2|" + commune + "|01/04/2026|VALID");
        assertThat(TenantSql.strings(dataSource, commune, "select count(*) from certificate where serial = ?", serial))
                .as("the row is the issuer's; the enrolment's tenant does not read it").containsExactly("0");
        assertThat(TenantSql.strings(dataSource, province,
                "select action from audit_entry where entity_type = 'Certificate' and entity_key = ?", serial))
                .containsExactly("CREATE");
    }

    @Test
    void a_completion_announced_twice_issues_one_certificate() throws SQLException {
        CourseCompleted completion = Completions.of(province, commune, Api.VIEWER, "Trần Văn Bình");

        String first = completions.certify(completion);
        completions.fire(completion);

        assertThat(completions.serialsOf(completion)).containsExactly(first);
    }

    @Test
    void a_tenant_cannot_issue_a_certificate_in_the_name_of_a_tenant_not_above_it() throws SQLException {
        String sibling = Fixtures.newTenant(province);
        CourseCompleted forged = Completions.of(sibling, commune, Api.VIEWER, "Lê Văn Giả");

        Throwable refused = catchThrowable(() -> completions.fire(forged));

        assertThat(refused).isNotNull().hasStackTraceContaining("row-level security");
        assertThat(completions.serialsOf(forged)).isEmpty();
    }
}
