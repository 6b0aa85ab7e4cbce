package vn.sohoa.server.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.sohoa.admin.tenants.service.TenantDraft;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.tenancy.service.TenantDirectory;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.platform.units.service.UnitService;

/** The demo province (Hậu Giang) from the demo files: its tenants, each commune with its hamlets or residential areas. */
@ApplicationScoped
class DemoProvince {

    @Inject
    TenantDirectory directory;

    @Inject
    TenantService tenants;

    @Inject
    TenantWork work;

    @Inject
    UnitService units;

    /**
     * Provisions the demo tenants that are missing and gives each commune without sub-units its own; returns every
     * demo tenant, parents first. Adding only what is missing lets the demo tests share one database, whichever
     * of them comes first.
     */
    List<TenantDraft> provision() {
        List<TenantDraft> drafts = DemoFiles.tenants("/demo/hau-giang.csv", "/demo/hau-giang-bodies.csv");
        for (TenantDraft draft : drafts) {
            if (directory.find(draft.code()).isEmpty()) {
                tenants.provision(draft);
            }
            if (draft.kind() == TenantKind.COMMUNE) {
                work.inTenant(draft.code(), () -> {
                    if (units.list(new PageRequest(0, 1), null).total() == 0) {
                        DemoFiles.subUnits(draft).forEach(units::create);
                    }
                    return null;
                });
            }
        }
        return drafts;
    }
}
