package vn.sohoa.ui.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.service.TenantGate;
import vn.sohoa.platform.training.domain.Audience;
import vn.sohoa.platform.training.domain.TrainingAccess;
import vn.sohoa.platform.training.service.EnrolmentService;
import vn.sohoa.ui.tenancy.RoutedTenant;

/** A person enrolling themselves in a course offered to the tenant on screen, for their audience there. */
@ApplicationScoped
public class SelfEnrolment {

    @Inject
    TenantGate gate;

    @Inject
    EnrolmentService enrolments;

    @Inject
    Learner learner;

    /**
     * Enrols the person (or finds the enrolment they have) and returns its id.
     *
     * @throws vn.sohoa.platform.problem.ProblemException 403 when the course is not for their audience or they are
     *                                                    no member here, 404 for a course not offered here
     */
    /** The person's audiences in the tenant on screen, from their roles there; none without a role here. */
    Set<Audience> audiences(RoutedTenant tenant) {
        return Audience.of(gate.standing(tenant.caller(), tenant.tenant()).here(), tenant.tenant().kind());
    }

    long enrol(RoutedTenant tenant, long courseId) {
        TenantSnapshot here = tenant.enter(TrainingAccess.LEARN);
        return enrolments.enrolSelf(courseId, learner.subject(), tenant.caller().username(), learner.name(),
                gate.standing(tenant.caller(), here).here(), here.kind()).enrolment().id();
    }
}
