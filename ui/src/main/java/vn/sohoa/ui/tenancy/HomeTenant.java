package vn.sohoa.ui.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import vn.sohoa.admin.tenants.service.TenantFilter;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.domain.Standing;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.domain.TenantStatus;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * Where a person starts: the highest live tenant they hold. That is the tenant of their membership nearest the
 * top of the hierarchy (a district's administrator who is also in one of its wards starts in the district), and
 * for a province administrator the province: the top-level tenants, provinces first. Ties go to the lowest code.
 * The root leads to its dashboard, or to the quick entry of a person who is only a team member there.
 */
@ApplicationScoped
public class HomeTenant {

    /** More tops than anyone sees: a person's memberships, or the provinces of a country. */
    private static final PageRequest TOPS = new PageRequest(0, 500);

    private static final Comparator<TenantSnapshot> HIGHEST_FIRST = Comparator
            .comparingInt((TenantSnapshot tenant) -> tenant.path().split("\\.").length)
            .thenComparing(tenant -> tenant.kind() != TenantKind.PROVINCE)
            .thenComparing(TenantSnapshot::code);

    /** Where a team member starts: they log support and have nothing to monitor. */
    static final String QUICK_ENTRY = "support/new";
    static final String LEARNING = "learning";

    @Inject
    TenantService tenants;

    @Inject
    TenantGate gate;

    /** The code of the person's home tenant; empty when they may see no live tenant at all. */
    public Optional<String> of(Caller caller) {
        return highest(caller).map(TenantSnapshot::code);
    }

    /**
     * The address the root sends the person to: their home tenant's dashboard ({@code t/930}), or its quick entry
     * ({@code t/93001/support/new}) for a person who is only a team member there, their learning for a LEARNER; empty
     * without a live tenant.
     */
    public Optional<String> landing(Caller caller) {
        return highest(caller).map(home -> learnsOnly(caller, home) ? LEARNING
                : TenantRoutes.pageOf(home.code(), monitorsNothing(caller, home) ? QUICK_ENTRY : ""));
    }

    private Optional<TenantSnapshot> highest(Caller caller) {
        TenantFilter tops = new TenantFilter(null, null, true, TenantStatus.live());
        return tenants.list(caller, tops, TOPS).items().stream().min(HIGHEST_FIRST);
    }

    /** A LEARNER (a registered citizen) has no dashboard: their home is their learning. */
    private boolean learnsOnly(Caller caller, TenantSnapshot home) {
        return !caller.provinceAdmin() && !gate.standing(caller, home).monitors();
    }

    private boolean monitorsNothing(Caller caller, TenantSnapshot home) {
        Standing standing = gate.standing(caller, home);
        return !caller.provinceAdmin() && standing.above().isEmpty() && standing.here().equals(Set.of(Role.TEAM_MEMBER));
    }
}
