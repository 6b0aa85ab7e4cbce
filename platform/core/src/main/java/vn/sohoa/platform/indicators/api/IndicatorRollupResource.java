package vn.sohoa.platform.indicators.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.sohoa.platform.indicators.service.IndicatorRollup;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * Approved figures of a data set for a period over a tenant and everything below it:
 * {@code GET /api/v1/tenants/{code}/indicator-rollup?dataSet=BC-CDS-XA&period=2026-11}. Anyone who may read the
 * tenant may read it; it holds aggregates only.
 */
@Path("/api/v1/tenants/{code}/indicator-rollup")
@Authenticated
public class IndicatorRollupResource {

    @Inject
    TenantRoute route;

    @Inject
    IndicatorRollup rollup;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public IndicatorRollup.Rollup rollup(@QueryParam("dataSet") @NotBlank String dataSet,
                                         @QueryParam("period") @NotBlank String period) {
        route.enter(Access.READ);
        return rollup.of(dataSet, period);
    }
}
