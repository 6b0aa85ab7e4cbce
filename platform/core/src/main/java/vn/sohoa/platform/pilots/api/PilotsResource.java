package vn.sohoa.platform.pilots.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.pilots.domain.PilotAccess;
import vn.sohoa.platform.pilots.domain.PilotField;
import vn.sohoa.platform.pilots.domain.PilotStatus;
import vn.sohoa.platform.pilots.service.PilotFilter;
import vn.sohoa.platform.pilots.service.PilotLifeCycle;
import vn.sohoa.platform.pilots.service.PilotRequest;
import vn.sohoa.platform.pilots.service.PilotService;
import vn.sohoa.platform.pilots.service.TransitionRequest;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * A unit's pilot models and their life cycle. Members of the unit or above read; the unit's administrators
 * create and edit; each step needs the permission of its action (the unit's, or the governing level's).
 */
@Path("/api/v1/tenants/{code}/pilots")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PilotsResource {

    @Inject
    TenantRoute route;

    @Inject
    IdempotentPosts posts;

    @Inject
    PilotService pilots;

    @Inject
    PilotLifeCycle lifeCycle;

    @PathParam("code")
    String tenantCode;

    @GET
    public Page<PilotResponse> list(@Valid @BeanParam PageRequest page, @QueryParam("status") String status,
                                    @QueryParam("field") String field,
                                    @QueryParam("search") @Size(max = 200) String search) {
        route.enter(PilotAccess.READ);
        var filter = new PilotFilter(QueryEnums.parse(PilotStatus.class, "status", status),
                QueryEnums.parse(PilotField.class, "field", field), search);
        return pilots.list(page, filter).map(PilotResponse::of);
    }

    @POST
    public Response create(@Valid @NotNull PilotRequest body) {
        route.enter(PilotAccess.MANAGE);
        return posts.create(body, () -> {
            PilotResponse created = PilotResponse.of(pilots.create(body));
            return Response.created(URI.create("/api/v1/tenants/" + tenantCode + "/pilots/" + created.id()))
                    .entity(created).build();
        });
    }

    @GET
    @Path("{id}")
    public PilotResponse get(@PathParam("id") String id) {
        route.enter(PilotAccess.READ);
        return pilots.find(PathIds.parse(id, "pilot")).map(PilotResponse::of)
                .orElseThrow(() -> PathIds.notFound(id, "pilot"));
    }

    @PUT
    @Path("{id}")
    public PilotResponse update(@PathParam("id") String id, @Valid @NotNull PilotRequest body) {
        route.enter(PilotAccess.MANAGE);
        return PilotResponse.of(pilots.update(PathIds.parse(id, "pilot"), body,
                OptimisticVersion.required(body.version())));
    }

    @GET
    @Path("{id}/transitions")
    public List<TransitionResponse> history(@PathParam("id") String id) {
        route.enter(PilotAccess.READ);
        return lifeCycle.history(PathIds.parse(id, "pilot")).stream().map(TransitionResponse::of).toList();
    }

    @POST
    @Path("{id}/transitions")
    public Response transition(@PathParam("id") String id, @Valid @NotNull TransitionRequest body) {
        route.enter(body.action().permission());
        TransitionResponse taken = TransitionResponse.of(lifeCycle.transition(PathIds.parse(id, "pilot"), body,
                route.caller()));
        return Response.ok(taken).build();
    }
}
