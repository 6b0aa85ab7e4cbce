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
import vn.sohoa.platform.indicators.service.DataSetService;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/** A tenant's data sets (report forms), its own and those defined above it. Members read; tenant administrators define. */
@Path("/api/v1/tenants/{code}/data-sets")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DataSetsResource {

    @Inject
    TenantRoute route;

    @Inject
    IdempotentPosts posts;

    @Inject
    DataSetService dataSets;

    @PathParam("code")
    String tenantCode;

    @GET
    public List<DataSetResponse> list() {
        route.enter(Access.READ);
        return dataSets.visible().stream().map(DataSetResponse::of).toList();
    }

    @POST
    public Response create(@Valid @NotNull DataSetRequest body) {
        route.enter(Access.ADMINISTER);
        return posts.create(body, () -> {
            DataSetResponse created = DataSetResponse.of(dataSets.create(body.draft()));
            return Response.created(URI.create("/api/v1/tenants/" + tenantCode + "/data-sets/" + created.code()))
                    .entity(created).build();
        });
    }

    @GET
    @Path("{dataSet}")
    public DataSetResponse get(@PathParam("dataSet") String code) {
        route.enter(Access.READ);
        return DataSetResponse.of(dataSets.existing(code));
    }

    @PUT
    @Path("{dataSet}")
    public DataSetResponse update(@PathParam("dataSet") String code, @Valid @NotNull DataSetRequest body) {
        route.enter(Access.ADMINISTER);
        return DataSetResponse.of(dataSets.update(code, body.draft(), OptimisticVersion.required(body.version())));
    }
}
