package vn.sohoa.platform.support.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import vn.sohoa.platform.http.PathIds;
import vn.sohoa.platform.idempotency.IdempotentPosts;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.support.domain.SupportAccess;
import vn.sohoa.platform.support.service.SupportLogRequest;
import vn.sohoa.platform.support.service.SupportLogService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * The support log of a tenant. Members read; team members, team leaders and administrators log; a record
 * is corrected or deleted by its author, or by a team leader or administrator, within the correction window.
 * The tenant's code is read through {@link TenantRoute}, not kept in a field: a resource without request fields is
 * one instance for every request, instead of one built per request on the path of every record logged.
 */
@Path("/api/v1/tenants/{code}/support-logs")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupportLogsResource {

    private static final String RECORD = "support record";

    @Inject
    TenantRoute route;

    @Inject
    SupportLogService logs;

    @Inject
    IdempotentPosts posts;

    @GET
    public Page<SupportLogResponse> list(@Valid @BeanParam SupportLogFilter filter,
                                         @Valid @BeanParam PageRequest page) {
        var query = filter.query();
        route.enter(Access.READ);
        return logs.list(query, page).map(SupportLogResponse::of);
    }

    @GET
    @Path("{id}")
    public SupportLogResponse get(@PathParam("id") String id) {
        route.enter(Access.READ);
        return logs.find(PathIds.parse(id, RECORD)).map(SupportLogResponse::of)
                .orElseThrow(() -> PathIds.notFound(id, RECORD));
    }

    @POST
    public Response log(@Valid @NotNull SupportLogRequest body) {
        route.enter(SupportAccess.LOG);
        return posts.create(body, () -> {
            var logged = SupportLogResponse.of(logs.log(body.facts(), route.caller()));
            return Response.created(URI.create("/api/v1/tenants/" + route.code() + "/support-logs/" + logged.id()))
                    .entity(logged).build();
        });
    }

    @PUT
    @Path("{id}")
    public SupportLogResponse correct(@PathParam("id") String id, @Valid @NotNull SupportLogRequest body) {
        boolean supervises = enterToChange();
        return SupportLogResponse.of(logs.correct(PathIds.parse(id, RECORD), body.facts(),
                OptimisticVersion.required(body.version()), route.caller(), supervises));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Valid @NotNull DeletionRequest body) {
        boolean supervises = enterToChange();
        logs.delete(PathIds.parse(id, RECORD), body.reason().strip(), route.caller(), supervises);
        return Response.noContent().build();
    }

    /** Enters the tenant as someone who logs support; says whether they may also change others' records. */
    private boolean enterToChange() {
        route.enter(SupportAccess.LOG);
        return route.permits(SupportAccess.SUPERVISE);
    }
}
