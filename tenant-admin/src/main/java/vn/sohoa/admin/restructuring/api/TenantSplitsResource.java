package vn.sohoa.admin.restructuring.api;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import vn.sohoa.admin.restructuring.service.Impact;
import vn.sohoa.admin.restructuring.service.SplitService;
import vn.sohoa.platform.http.DryRun;
import vn.sohoa.platform.tenancy.domain.Caller;

/** Splitting a tenant into parts; {@code ?dryRun=true} previews the impact and writes nothing. */
@Path("/api/v1/tenant-splits")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantSplitsResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    SplitService splits;

    @POST
    public Response split(@Valid @NotNull SplitRequest body, @Valid @BeanParam DryRun dryRun) {
        boolean preview = dryRun.requested();
        Impact impact = splits.split(Caller.of(identity), body.sourceCode(),
                body.parts().stream().map(SplitPartRequest::toPart).toList(), body.effectiveDate(), preview);
        return preview ? Response.ok(impact).build()
                : Response.created(URI.create("/api/v1/tenants/" + body.sourceCode() + "/lineage")).entity(impact).build();
    }
}
