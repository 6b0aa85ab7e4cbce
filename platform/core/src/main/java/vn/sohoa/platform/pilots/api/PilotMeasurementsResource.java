package vn.sohoa.platform.pilots.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import vn.sohoa.platform.http.PathIds;
import vn.sohoa.platform.idempotency.IdempotentPosts;
import vn.sohoa.platform.pilots.domain.PilotAccess;
import vn.sohoa.platform.pilots.service.KpiProgress;
import vn.sohoa.platform.pilots.service.MeasurementRequest;
import vn.sohoa.platform.pilots.service.PilotMeasurementService;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/** The actuals of a pilot's KPIs: read by members of the unit or above, recorded and corrected by the unit. */
@Path("/api/v1/tenants/{code}/pilots/{id}/measurements")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PilotMeasurementsResource {

    @Inject
    TenantRoute route;

    @Inject
    IdempotentPosts posts;

    @Inject
    PilotMeasurementService measurements;

    @PathParam("code")
    String tenantCode;

    /** Current actuals, or with {@code ?history=true} also the values corrections replaced. */
    @GET
    public List<MeasurementResponse> list(@PathParam("id") String id, @QueryParam("history") boolean history) {
        route.enter(PilotAccess.READ);
        return measurements.list(PathIds.parse(id, "pilot"), history).stream().map(MeasurementResponse::of).toList();
    }

    @POST
    public Response record(@PathParam("id") String id, @Valid @NotNull MeasurementRequest body) {
        route.enter(PilotAccess.MANAGE);
        long pilot = PathIds.parse(id, "pilot");
        return posts.create(body, () -> {
            MeasurementResponse created = MeasurementResponse.of(measurements.record(pilot, body, route.caller()));
            return Response.created(URI.create("/api/v1/tenants/" + tenantCode + "/pilots/" + pilot + "/measurements"))
                    .entity(created).build();
        });
    }

    /** Each KPI over its periods, late periods flagged. */
    @GET
    @Path("progress")
    public List<KpiProgress> progress(@PathParam("id") String id) {
        route.enter(PilotAccess.READ);
        return measurements.progress(PathIds.parse(id, "pilot"));
    }
}
