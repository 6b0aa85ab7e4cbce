package vn.sohoa.platform.support.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.sohoa.platform.support.service.SupportRollup;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * How much support a tenant and everything below it gave, predecessors merged into them included:
 * {@code GET /api/v1/tenants/{code}/support-rollup?from=2025-07-01&to=2025-12-31}. Anyone who may read the
 * tenant may read its roll-up; it holds counts only.
 */
@Path("/api/v1/tenants/{code}/support-rollup")
@Authenticated
public class SupportRollupResource {

    @Inject
    TenantRoute route;

    @Inject
    SupportRollup rollup;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SupportRollup.Totals totals(@Valid @BeanParam DayRange days) {
        DayRange.Days range = days.days();
        String code = route.enter(Access.READ).code();
        return rollup.of(code, range.from(), range.to());
    }
}
