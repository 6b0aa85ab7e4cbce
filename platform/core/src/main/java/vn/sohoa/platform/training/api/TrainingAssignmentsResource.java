package vn.sohoa.platform.training.api;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import vn.sohoa.platform.idempotency.IdempotentPosts;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.service.TenantGate;
import vn.sohoa.platform.tenancy.service.TenantRoute;
import vn.sohoa.platform.training.domain.TrainingAccess;
import vn.sohoa.platform.training.domain.TrainingAssignment;
import vn.sohoa.platform.training.service.AssignmentService;

/** Assignment rules of a tenant, made by its trainers and administrators. */
@Path("/api/v1/tenants/{code}/training-assignments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingAssignmentsResource {

    @Inject
    TenantRoute route;

    @Inject
    TenantGate gate;

    @Inject
    IdempotentPosts posts;

    @Inject
    AssignmentService assignments;

    @PathParam("code")
    String tenantCode;

    /** Makes the rule and enrols everyone it matches now; answers with how many. */
    @POST
    public Response assign(@Valid @NotNull AssignmentRequest body) {
        TenantSnapshot here = route.enter(TrainingAccess.AUTHOR);
        TenantSnapshot under = body.under() == null || body.under().equals(here.code()) ? here
                : gate.check(route.caller(), body.under(), Access.READ);
        return posts.create(body, () -> {
            AssignmentService.Assigned assigned = assignments.assign(here, body.courseId(), body.role(), under,
                    body.dueDate());
            TrainingAssignment rule = assigned.rule();
            return Response.created(URI.create("/api/v1/tenants/" + tenantCode + "/training-assignments/" + rule.id()))
                    .entity(new Answer(rule.id(), rule.courseId(), rule.role(), rule.underCode(), rule.dueDate(),
                            assigned.enrolled())).build();
        });
    }

    /** A rule made, and how many enrolments it made or assigned. */
    public record Answer(long id, long courseId, Role role, String under, LocalDate dueDate, long enrolled) {
    }
}
