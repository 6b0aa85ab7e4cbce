package vn.sohoa.platform.indicators.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.sohoa.platform.indicators.service.TargetService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * A tenant's targets per indicator and year with its progress: {@code GET …/targets?year=2026}, and
 * {@code PUT …/targets/{indicator}/{year}}. Members read; tenant administrators set.
 */
@Path("/api/v1/tenants/{code}/targets")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TargetsResource {

    @Inject
    TenantRoute route;

    @Inject
    TargetService targets;

    @GET
    public List<TargetService.Progress> list(@QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        route.enter(Access.READ);
        return targets.list(year);
    }

    @PUT
    @Path("{indicator}/{year}")
    public TargetService.Progress set(@PathParam("indicator") String indicator,
                                      @PathParam("year") @Min(2000) @Max(2100) int year,
                                      @Valid @NotNull TargetRequest body) {
        route.enter(Access.ADMINISTER);
        targets.set(indicator, year, body.value(), body.version());
        return targets.list(year).stream().filter(progress -> progress.indicatorCode().equals(indicator))
                .findFirst().orElseThrow();
    }
}
