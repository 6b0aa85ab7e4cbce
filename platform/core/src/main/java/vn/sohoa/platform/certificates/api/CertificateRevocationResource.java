package vn.sohoa.platform.certificates.api;

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
import vn.sohoa.platform.certificates.service.Certificates;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * Withdrawing a certificate the tenant issued, by its administrators (or those of a unit above). Another
 * tenant's certificate is not found here, whoever asks: each tenant sees only the certificates it issued.
 */
@Path("/api/v1/tenants/{code}/certificates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificateRevocationResource {

    @Inject
    TenantRoute route;

    @Inject
    Certificates certificates;

    @POST
    @Path("{serial}/revoke")
    public RevocationResponse revoke(@PathParam("serial") String serial, @Valid @NotNull RevocationRequest body) {
        route.enter(Access.ADMINISTER);
        return RevocationResponse.of(certificates.revoke(Serials.require(serial), body.reason().strip(),
                route.caller()));
    }
}
