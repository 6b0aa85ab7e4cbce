package vn.sohoa.platform.indicators.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.sohoa.platform.indicators.service.DtiPreview;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * The DTI preview of a tenant for a year, {@code GET /api/v1/tenants/{code}/dti?year=2026}: scores per pillar
 * and in total (0–1), its rank among its siblings, its history, and the ranks officially recorded.
 */
@Path("/api/v1/tenants/{code}/dti")
@Authenticated
public class DtiResource {

    @Inject
    TenantRoute route;

    @Inject
    DtiPreview preview;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public DtiPreview.Dti preview(@QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        route.enter(Access.READ);
        return preview.of(year);
    }
}
