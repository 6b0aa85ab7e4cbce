package vn.sohoa.server.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import vn.sohoa.admin.members.service.IdentityDirectory;
import vn.sohoa.admin.members.service.MembershipService;
import vn.sohoa.admin.tenants.service.TenantDraft;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.service.TenantDirectory;
import vn.sohoa.platform.tenancy.service.TenantWork;

/** Loads the demo province once, when {@code sohoa.demo.enabled} is set. */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final String PROVINCE = "93";

    /** Demo people of the dev realm and the role each holds where. */
    private static final Map<String, Map.Entry<String, Role>> MEMBERSHIPS = Map.of(
            "an.nguyen", Map.entry("930", Role.TENANT_ADMIN),
            "binh.tran", Map.entry("931", Role.TENANT_ADMIN),
            "chi.le", Map.entry(PROVINCE, Role.VIEWER),
            "dung.pham", Map.entry("31321", Role.TEAM_MEMBER));

    @Inject
    DemoConfig config;

    @Inject
    TenantDirectory directory;

    @Inject
    DemoProvince province;

    @Inject
    TenantWork work;

    @Inject
    MembershipService memberships;

    @Inject
    IdentityDirectory people;

    @Inject
    DemoTeams teams;

    @Inject
    DemoTraining training;

    @Inject
    DemoTrainingReviews trainingReviews;

    @Inject
    DemoIndicators indicators;

    @Inject
    DemoPilots pilots;

    @ActivateRequestContext
    void load(@Observes StartupEvent start) {
        if (!config.enabled()) {
            return;
        }
        if (directory.find(PROVINCE).isPresent()) {
            LOG.info("Demo province already loaded");
        } else {
            List<TenantDraft> drafts = province.provision();
            MEMBERSHIPS.forEach(this::addMember);
            LOG.infof("Demo province loaded: %d tenants", drafts.size());
        }
        step("teams", () -> "%d support records in %s".formatted(teams.load(), DemoTeams.COMMUNES));
        step("training", () -> "%d completed courses".formatted(training.load()));
        step("training reviews", trainingReviews::load);
        step("indicators", () -> "%d report forms".formatted(indicators.load()));
        pilots.load();
    }

    /**
     * Loads one feature's demo, on every start: each loader adds only what is missing. A refusal (a demo
     * account missing from the realm, say) is logged and skips that feature's demo alone.
     */
    private void step(String feature, Supplier<String> load) {
        try {
            LOG.infof("Demo %s loaded: %s", feature, load.get());
        } catch (ProblemException e) {
            LOG.warnf("Demo %s skipped: %s", feature, e.getMessage());
        }
    }

    private void addMember(String username, Map.Entry<String, Role> grant) {
        try {
            people.findByUsername(username).ifPresentOrElse(
                    person -> work.inTenant(grant.getKey(), () -> memberships.add(person, grant.getValue())),
                    () -> LOG.warnf("Demo user %s is not in the realm; no membership given", username));
        } catch (ProblemException e) {
            LOG.warnf("Demo membership of %s skipped: %s", username, e.getMessage());
        }
    }
}
