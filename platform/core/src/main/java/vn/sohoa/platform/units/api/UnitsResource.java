package vn.sohoa.platform.units.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import vn.sohoa.platform.idempotency.IdempotentPosts;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;
import vn.sohoa.platform.units.service.UnitService;

/** Sub-units of a tenant. Members read; tenant administrators write. */
@Path("/api/v1/tenants/{code}/units")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitsResource {

    @Inject
    TenantRoute route;

    @Inject
    IdempotentPosts posts;

    @Inject
    UnitService units;

    @PathParam("code")
    String tenantCode;

    @GET
    public Page<UnitResponse> list(@Valid @BeanParam PageRequest page, @QueryParam("q") @Size(max = 100) String q) {
        route.enter(Access.READ);
        return units.list(page, q).map(UnitResponse::of);
    }

    @POST
    public Response create(@Valid @NotNull UnitRequest body) {
        route.enter(Access.ADMINISTER);
        return posts.create(body, () -> {
            UnitResponse created = UnitResponse.of(units.create(body.draft()));
            return Response.created(URI.create("/api/v1/tenants/" + tenantCode + "/units/" + created.code()))
                    .entity(created).build();
        });
    }

    @GET
    @Path("{unitCode}")
    public UnitResponse get(@PathParam("unitCode") String unitCode) {
        route.enter(Access.READ);
        return units.find(unitCode).map(UnitResponse::of)
                .orElseThrow(() -> ProblemException.notFound("There is no sub-unit " + unitCode + " here."));
    }

    @PUT
    @Path("{unitCode}")
    public UnitResponse update(@PathParam("unitCode") String unitCode, @Valid @NotNull UnitRequest body) {
        if (!unitCode.equals(body.code())) {
            throw ProblemException.invalid("code", "cannot be changed; it must stay " + unitCode);
        }
        route.enter(Access.ADMINISTER);
        return UnitResponse.of(units.update(unitCode, body.draft(), OptimisticVersion.required(body.version())));
    }

    @DELETE
    @Path("{unitCode}")
    public Response delete(@PathParam("unitCode") String unitCode) {
        route.enter(Access.ADMINISTER);
        units.delete(unitCode);
        return Response.noContent().build();
    }
}
