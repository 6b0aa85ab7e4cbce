package vn.sohoa.ui.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Optional;
import vn.sohoa.admin.tenants.service.TenantFilter;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.domain.TenantStatus;

/**
 * Where a person starts: the highest live tenant they hold. That is the tenant of their membership nearest the
 * top of the hierarchy (a district's administrator who is also in one of its wards starts in the district), and
 * for a province administrator the province: the top-level tenants, provinces first. Ties go to the lowest code.
 */
@ApplicationScoped
public class HomeTenant {

    /** More tops than anyone sees: a person's memberships, or the provinces of a country. */
    private static final PageRequest TOPS = new PageRequest(0, 500);

    private static final Comparator<TenantSnapshot> HIGHEST_FIRST = Comparator
            .comparingInt((TenantSnapshot tenant) -> tenant.path().split("\\.").length)
            .thenComparing(tenant -> tenant.kind() != TenantKind.PROVINCE)
            .thenComparing(TenantSnapshot::code);

    @Inject
    TenantService tenants;

    /** The code of the person's home tenant; empty when they may see no live tenant at all. */
    public Optional<String> of(Caller caller) {
        TenantFilter tops = new TenantFilter(null, null, true, TenantStatus.live());
        return tenants.list(caller, tops, TOPS).items().stream().min(HIGHEST_FIRST).map(TenantSnapshot::code);
    }
}
