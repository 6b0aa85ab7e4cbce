package vn.sohoa.server.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.ui.imports.ImportSlots;

/** Background imports run a fixed number at a time per node; one more is told the server is busy. */
@QuarkusTest
class ImportSlotsTest {

    @Inject
    ImportSlots slots;

    @Test
    void a_third_import_while_two_run_is_refused_as_busy_and_runs_once_one_ends() {
        slots.take();
        slots.take();
        try {
            assertThatThrownBy(slots::take).isInstanceOfSatisfying(ProblemException.class, busy -> {
                assertThat(busy.problem().status()).isEqualTo(503);
                assertThat(busy.problem().detail())
                        .contains("busy").contains("sohoa.imports.concurrent").contains("try again");
            });
            slots.release();
            assertThatCode(slots::take).doesNotThrowAnyException();
        } finally {
            slots.release();
            slots.release();
        }
    }
}
