package vn.sohoa.ui.training;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.service.TenantGate;
import vn.sohoa.platform.training.domain.TrainingAccess;
import vn.sohoa.platform.training.service.LearningItem;
import vn.sohoa.platform.training.service.LearningService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The person signed in as a learner. Their learning pages are no pages of one tenant: each enrolment is acted on
 * inside its own tenant, entered after finding it among the person's own enrolments, as the API does. Someone
 * else's enrolment does not exist for them.
 */
@ApplicationScoped
public class Learner {

    @Inject
    SecurityIdentity identity;

    @Inject
    TenantGate gate;

    @Inject
    LearningService learning;

    /** The person's subject, whose enrolments the services look up. */
    String subject() {
        return Caller.of(identity).subject();
    }

    /** The full name the account gives, written on certificates; null without one. */
    String name() {
        return identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim("name") : null;
    }

    /**
     * The person's enrolments in every tenant they may still read: unfinished first, the earliest due day first,
     * then the newest.
     */
    List<LearningItem> items() {
        Caller caller = Caller.of(identity);
        List<LearningItem> items = new ArrayList<>();
        for (String tenant : learning.tenantsOf(caller.subject())) {
            try {
                gate.enter(caller, tenant, TrainingAccess.BROWSE);
            } catch (ProblemException gone) {
                continue; // a tenant the person left keeps their history, but not in their list
            }
            items.addAll(learning.learning(caller.subject()));
        }
        items.sort(Comparator.comparing((LearningItem item) -> item.completedOn() != null)
                .thenComparing(LearningItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder())));
        return items;
    }

    /**
     * Enters the tenant of one of the person's enrolments for the rest of this request.
     *
     * @throws ProblemException 404 for an enrolment that is not theirs, or of a tenant they left
     */
    long enter(long enrolmentId) {
        String tenant = learning.tenantOf(enrolmentId, subject())
                .orElseThrow(() -> ProblemException.notFound("There is no enrolment " + enrolmentId + " of yours."));
        gate.enter(Caller.of(identity), tenant, TrainingAccess.LEARN);
        return enrolmentId;
    }
}
