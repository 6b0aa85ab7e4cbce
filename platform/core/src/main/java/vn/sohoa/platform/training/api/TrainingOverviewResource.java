package vn.sohoa.platform.training.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.sohoa.platform.http.PathIds;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.service.TenantRoute;
import vn.sohoa.platform.training.service.TrainingOverview;
import vn.sohoa.platform.training.service.TrainingOverviewService;

/** Training figures of a tenant's subtree, for anyone who may read the tenant. */
@Path("/api/v1/tenants/{code}/training-overview")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TrainingOverviewResource {

    @Inject
    TenantRoute route;

    @Inject
    TrainingOverviewService overviews;

    @GET
    public TrainingOverview overview(@QueryParam("course") String course) {
        TenantSnapshot here = route.enter(Access.READ);
        return overviews.overview(here.code(), course == null || course.isBlank() ? null : PathIds.parse(course, "course"));
    }
}
