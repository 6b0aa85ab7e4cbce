package vn.sohoa.server.certificates;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.platform.training.CourseCompleted;
import vn.sohoa.server.support.TenantSql;

/**
 * Completes courses as training does: fires {@link CourseCompleted} inside a transaction that has entered the
 * enrolment's tenant, and reads back the certificate it issued.
 */
@ApplicationScoped
public class Completions {

    @Inject
    Event<CourseCompleted> completed;

    @Inject
    TenantWork work;

    @Inject
    AgroalDataSource dataSource;

    /** A completion of a course of {@code issuer} by {@code username}, enrolled in {@code enrolmentTenant}. */
    public static CourseCompleted of(String issuer, String enrolmentTenant, String username, String holderName) {
        return new CourseCompleted(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), enrolmentTenant, issuer,
                username, holderName, "KNS-CB", "Kỹ năng số cơ bản cho Tổ công nghệ số cộng đồng", 2,
                LocalDate.of(2026, 4, 1));
    }

    /** Fires the completion in its enrolment's tenant, as the platform (no request). */
    public void fire(CourseCompleted completion) {
        work.inTenant(completion.enrolmentTenant(), () -> {
            completed.fire(completion);
            return null;
        });
    }

    /** Fires the completion and returns the serial of the enrolment's certificate. */
    public String certify(CourseCompleted completion) throws SQLException {
        fire(completion);
        return serialsOf(completion).getFirst();
    }

    /** The serials of the certificates issued for the completion's enrolment, as its issuer sees them. */
    public List<String> serialsOf(CourseCompleted completion) throws SQLException {
        return TenantSql.strings(dataSource, completion.issuingTenant(),
                "select serial from certificate where enrolment_id = ?", completion.enrolmentId());
    }
}
