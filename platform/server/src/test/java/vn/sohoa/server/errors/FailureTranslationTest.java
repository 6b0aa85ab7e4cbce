package vn.sohoa.server.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import vn.sohoa.platform.problem.Failures;
import vn.sohoa.platform.problem.Problem;
import vn.sohoa.platform.tenancy.domain.Tenant;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.ui.problem.ProblemNotifier;

/**
 * The one translation behind the API's mappers and the web UI's error handler, called the way the UI calls
 * it: with whatever a service threw, here a failure that surfaces only when the transaction commits.
 */
@QuarkusTest
class FailureTranslationTest {

    /** A write left to the commit, as any service method that does not flush leaves it. */
    @ApplicationScoped
    static class CommitTimeRename {

        @Inject
        EntityManager em;

        @Transactional
        public void rename(String code, String name) {
            em.find(Tenant.class, code).describe(name, TenantKind.PROVINCE);
        }
    }

    @Inject
    CommitTimeRename rename;

    @Test
    void a_check_refused_at_commit_is_a_400_naming_the_field_for_the_api_and_the_ui() {
        String code = Fixtures.newTenant();

        Throwable thrown = catchThrowable(() -> rename.rename(code, " "));

        assertThat(causes(thrown)).anyMatch(RollbackException.class::isInstance)
                .anyMatch(PSQLException.class::isInstance);
        Problem problem = Failures.problemOf(thrown).orElseThrow();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("name");
        assertThat(ProblemNotifier.text(thrown, key -> "<" + key + ">"))
                .isEqualTo("<problem.validation>: " + problem.detail());
    }

    @Test
    void a_connection_failure_is_a_503_and_anything_unknown_stays_unexplained() {
        var refused = new IllegalStateException("Could not set the tenant of a database connection",
                new PSQLException("Connection to 127.0.0.1:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT));

        assertThat(Failures.problemOf(refused)).get().extracting(Problem::status).isEqualTo(503);
        assertThat(Failures.problemOf(new IllegalStateException("a bug"))).isEmpty();
        assertThat(ProblemNotifier.text(new IllegalStateException("a bug"), key -> "<" + key + ">"))
                .isEqualTo("<error.unexpected>");
    }

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = thrown; cause != null && chain.size() < 32; cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
