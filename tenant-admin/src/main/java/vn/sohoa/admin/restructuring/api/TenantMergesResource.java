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
import vn.sohoa.admin.restructuring.service.MergeService;
import vn.sohoa.admin.restructuring.service.MergeTarget;
import vn.sohoa.platform.http.DryRun;
import vn.sohoa.platform.tenancy.domain.Caller;

/** Merging tenants into a successor; {@code ?dryRun=true} previews the impact and writes nothing. */
@Path("/api/v1/tenant-merges")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantMergesResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    MergeService merges;

    @POST
    public Response merge(@Valid @NotNull MergeRequest body, @Valid @BeanParam DryRun dryRun) {
        MergeTarget target = body.target().toTarget();
        boolean preview = dryRun.requested();
        Impact impact = merges.merge(Caller.of(identity), body.sourceCodes(), target, body.effectiveDate(), preview);
        return preview ? Response.ok(impact).build()
                : Response.created(URI.create("/api/v1/tenants/" + target.code())).entity(impact).build();
    }
}
