package vn.sohoa.platform.pilots.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.sohoa.platform.http.PathIds;
import vn.sohoa.platform.pilots.domain.Assessment;
import vn.sohoa.platform.pilots.domain.PilotAccess;
import vn.sohoa.platform.pilots.domain.Score;
import vn.sohoa.platform.pilots.service.AssessmentRequest;
import vn.sohoa.platform.pilots.service.PilotAssessmentService;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * The unit's self-assessment of a pilot. GET gives the rubric with the automatic points of the latest
 * actuals, for the form to start from; the stored self-assessment is part of the pilot.
 */
@Path("/api/v1/tenants/{code}/pilots/{id}/self-assessment")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SelfAssessmentResource {

    @Inject
    TenantRoute route;

    @Inject
    PilotAssessmentService assessments;

    @GET
    public List<Score> automaticScores(@PathParam("id") String id) {
        route.enter(PilotAccess.READ);
        return assessments.automaticScores(PathIds.parse(id, "pilot"));
    }

    @PUT
    public Assessment selfAssess(@PathParam("id") String id, @Valid @NotNull AssessmentRequest body) {
        route.enter(PilotAccess.MANAGE);
        return assessments.selfAssess(PathIds.parse(id, "pilot"), body, route.caller());
    }
}
