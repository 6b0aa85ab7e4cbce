package vn.sohoa.platform.teams.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import vn.sohoa.platform.http.PathIds;
import vn.sohoa.platform.idempotency.IdempotentPosts;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.teams.service.TeamService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;
import vn.sohoa.platform.validation.Code;

/** Community teams of a tenant. Members read; tenant administrators write. */
@Path("/api/v1/tenants/{code}/teams")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamsResource {

    @Inject
    TenantRoute route;

    @Inject
    IdempotentPosts posts;

    @Inject
    TeamService teams;

    @PathParam("code")
    String tenantCode;

    @GET
    public Page<TeamResponse> list(@Valid @BeanParam PageRequest page,
                                   @QueryParam("unit")
                                   @Pattern(regexp = Code.PATTERN, message = "must be a sub-unit code")
                                   String unitCode) {
        route.enter(Access.READ);
        return teams.list(page, unitCode).map(TeamResponse::of);
    }

    @POST
    public Response create(@Valid @NotNull TeamRequest body) {
        route.enter(Access.ADMINISTER);
        return posts.create(body, () -> {
            TeamResponse created = TeamResponse.of(teams.create(body.name().strip(), body.unitCode()));
            return Response.created(URI.create("/api/v1/tenants/" + tenantCode + "/teams/" + created.id()))
                    .entity(created).build();
        });
    }

    @GET
    @Path("{id}")
    public TeamResponse get(@PathParam("id") String id) {
        route.enter(Access.READ);
        return teams.find(PathIds.parse(id, "team")).map(TeamResponse::of)
                .orElseThrow(() -> PathIds.notFound(id, "team"));
    }

    @PUT
    @Path("{id}")
    public TeamResponse update(@PathParam("id") String id,
                               @Valid @NotNull TeamRequest body) {
        route.enter(Access.ADMINISTER);
        return TeamResponse.of(teams.update(PathIds.parse(id, "team"), body.name().strip(), body.unitCode(), OptimisticVersion.required(body.version())));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        route.enter(Access.ADMINISTER);
        teams.delete(PathIds.parse(id, "team"));
        return Response.noContent().build();
    }
}
