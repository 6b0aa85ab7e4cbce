package vn.sohoa.admin.settings.api;

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
import vn.sohoa.admin.settings.service.TenantSettingsService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/** A tenant's settings. Members read them; tenant administrators replace them. */
@Path("/api/v1/tenants/{code}/settings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {

    @Inject
    TenantRoute route;

    @Inject
    TenantSettingsService settings;

    @PathParam("code")
    String tenantCode;

    @GET
    public SettingsDocument get() {
        route.enter(Access.READ);
        return SettingsDocument.of(settings.read(tenantCode));
    }

    @PUT
    public SettingsDocument replace(@Valid @NotNull SettingsDocument body) {
        route.enter(Access.ADMINISTER);
        return SettingsDocument.of(settings.replace(tenantCode, body.settings(), body.version()));
    }
}
