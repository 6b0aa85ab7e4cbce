package vn.sohoa.platform.indicators.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import vn.sohoa.platform.idempotency.IdempotentPosts;
import vn.sohoa.platform.indicators.service.IndicatorService;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/** A tenant's indicators, its own and inherited. Members read; tenant administrators define. */
@Path("/api/v1/tenants/{code}/indicators")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorsResource {

    @Inject
    TenantRoute route;

    @Inject
    IdempotentPosts posts;

    @Inject
    IndicatorService indicators;

    @PathParam("code")
    String tenantCode;

    @GET
    public List<IndicatorResponse> list() {
        route.enter(Access.READ);
        return indicators.visible().stream().map(IndicatorResponse::of).toList();
    }

    @POST
    public Response create(@Valid @NotNull IndicatorRequest body) {
        route.enter(Access.ADMINISTER);
        return posts.create(body, () -> {
            IndicatorResponse created = IndicatorResponse.of(indicators.create(body.draft()));
            return Response.created(URI.create("/api/v1/tenants/" + tenantCode + "/indicators/" + created.code()))
                    .entity(created).build();
        });
    }

    @GET
    @Path("{indicator}")
    public IndicatorResponse get(@PathParam("indicator") String code) {
        route.enter(Access.READ);
        return IndicatorResponse.of(indicators.existing(code));
    }

    @PUT
    @Path("{indicator}")
    public IndicatorResponse update(@PathParam("indicator") String code, @Valid @NotNull IndicatorRequest body) {
        route.enter(Access.ADMINISTER);
        return IndicatorResponse.of(indicators.update(code, body.draft(), OptimisticVersion.required(body.version())));
    }
}
