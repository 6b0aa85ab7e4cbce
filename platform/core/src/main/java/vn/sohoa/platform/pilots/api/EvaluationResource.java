package vn.sohoa.platform.pilots.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.sohoa.platform.http.PathIds;
import vn.sohoa.platform.pilots.domain.Assessment;
import vn.sohoa.platform.pilots.domain.PilotAccess;
import vn.sohoa.platform.pilots.service.EvaluationRequest;
import vn.sohoa.platform.pilots.service.PilotAssessmentService;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/** The governing level's evaluation of a reviewed pilot: final points and recognition. */
@Path("/api/v1/tenants/{code}/pilots/{id}/evaluation")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    @Inject
    TenantRoute route;

    @Inject
    PilotAssessmentService assessments;

    @POST
    public Assessment evaluate(@PathParam("id") String id, @Valid @NotNull EvaluationRequest body) {
        route.enter(PilotAccess.GOVERN);
        return assessments.evaluate(PathIds.parse(id, "pilot"), body, route.caller());
    }
}
