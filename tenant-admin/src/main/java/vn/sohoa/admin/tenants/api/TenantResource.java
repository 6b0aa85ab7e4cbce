package vn.sohoa.admin.tenants.api;

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
import vn.sohoa.admin.tenants.service.TenantLifecycleService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.TenantStatus;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * One tenant's registry entry and life-cycle. Its members read it; it is changed from above only, by a
 * tenant administrator of an ancestor or a province administrator — a unit never suspends itself.
 */
@Path("/api/v1/tenants/{code}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantResource {

    @Inject
    TenantRoute route;

    @Inject
    TenantLifecycleService lifecycle;

    @PathParam("code")
    String code;

    @GET
    public TenantResponse get() {
        return TenantResponse.of(route.check(Access.READ));
    }

    @PUT
    public TenantResponse update(@Valid @NotNull TenantChangeRequest body) {
        route.enter(Access.GOVERN);
        return TenantResponse.of(lifecycle.describe(code, body.name().strip(), body.kind(), body.version()));
    }

    @POST
    @Path("suspend")
    public TenantResponse suspend(@Valid StatusChangeRequest body) {
        return changeStatus(TenantStatus.SUSPENDED, body);
    }

    @POST
    @Path("reactivate")
    public TenantResponse reactivate(@Valid StatusChangeRequest body) {
        return changeStatus(TenantStatus.ACTIVE, body);
    }

    @POST
    @Path("archive")
    public TenantResponse archive(@Valid StatusChangeRequest body) {
        return changeStatus(TenantStatus.ARCHIVED, body);
    }

    private TenantResponse changeStatus(TenantStatus next, StatusChangeRequest body) {
        route.enter(Access.GOVERN);
        return TenantResponse.of(lifecycle.changeStatus(code, next, body == null ? null : body.stored()));
    }
}
