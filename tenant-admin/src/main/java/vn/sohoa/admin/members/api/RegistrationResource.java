package vn.sohoa.admin.members.api;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import vn.sohoa.admin.members.service.Registration;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.Role;

/**
 * Self-registration of citizens: {@code GET ?q=} lists live communes to choose from, {@code POST {communeCode}} makes
 * the caller, who holds no membership yet, a LEARNER there. Any signed-in person may call it; no tenant is entered.
 */
@Path("/api/v1/me/registration")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    Registration registration;

    @GET
    public Map<String, List<Registration.Commune>> communes(@QueryParam("q") @Size(max = 100) String query) {
        return Map.of("items", registration.communes(query));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Valid @NotNull RegistrationRequest body) {
        registration.register(Caller.of(identity).subject(), body.communeCode());
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("tenantCode", body.communeCode(), "role", Role.LEARNER)).build();
    }
}
