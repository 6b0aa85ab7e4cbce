package vn.sohoa.platform.pilots.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.sohoa.platform.pilots.domain.PilotAccess;
import vn.sohoa.platform.pilots.service.PilotOverview;
import vn.sohoa.platform.pilots.service.PilotOverviewService;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/** Pilots across a tenant's subtree: counts by status and field, recognised, replicas, the best scored. */
@Path("/api/v1/tenants/{code}/pilots-overview")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PilotsOverviewResource {

    @Inject
    TenantRoute route;

    @Inject
    PilotOverviewService overviews;

    @GET
    public PilotOverview overview() {
        route.enter(PilotAccess.READ);
        return overviews.overview();
    }
}
