package vn.sohoa.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sohoa.admin.tenants.service.TenantDraft;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.server.support.TenantSql;

/** The demo's training reviews, loaded as `./sohoa run` does: one certificate revoked, one external completion waiting. */
@QuarkusTest
class DemoTrainingReviewsTest {

    @Inject
    DemoTraining training;

    @Inject
    DemoTrainingReviews reviews;

    @Inject
    DemoProvince demoProvince;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void the_demo_has_one_revoked_certificate_and_one_external_completion_waiting_once() throws SQLException {
        List<TenantDraft> drafts = demoProvince.provision();
        training.load();

        reviews.load();
        reviews.load();

        String commune = drafts.stream().filter(draft -> draft.kind() == TenantKind.COMMUNE).findFirst().orElseThrow().code();
        assertThat(TenantSql.strings(dataSource, "93", "select count(*) from certificate where status = 'REVOKED'"))
                .containsExactly("1");
        assertThat(TenantSql.strings(dataSource, commune, "select status || ' ' || platform from external_completion"))
                .containsExactly("PENDING OneTouch");
    }
}
