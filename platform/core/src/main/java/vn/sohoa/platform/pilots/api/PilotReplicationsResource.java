package vn.sohoa.platform.pilots.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import vn.sohoa.platform.http.PathIds;
import vn.sohoa.platform.idempotency.IdempotentPosts;
import vn.sohoa.platform.pilots.domain.PilotAccess;
import vn.sohoa.platform.pilots.service.PilotReplicationService;
import vn.sohoa.platform.pilots.service.Replica;
import vn.sohoa.platform.pilots.service.Replication;
import vn.sohoa.platform.pilots.service.ReplicationRequest;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/** The replicas of a pilot: read by its readers, made by the governing level. */
@Path("/api/v1/tenants/{code}/pilots/{id}/replications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PilotReplicationsResource {

    @Inject
    TenantRoute route;

    @Inject
    IdempotentPosts posts;

    @Inject
    PilotReplicationService replications;

    @PathParam("code")
    String tenantCode;

    @GET
    public List<Replica> replicas(@PathParam("id") String id) {
        route.enter(PilotAccess.READ);
        return replications.replicas(PathIds.parse(id, "pilot"));
    }

    @POST
    public Response replicate(@PathParam("id") String id, @Valid @NotNull ReplicationRequest body) {
        route.enter(PilotAccess.GOVERN);
        long pilot = PathIds.parse(id, "pilot");
        return posts.create(body, () -> {
            Replication done = replications.replicate(pilot, body, route.caller());
            return Response.created(URI.create("/api/v1/tenants/" + tenantCode + "/pilots/" + pilot + "/replications"))
                    .entity(done).build();
        });
    }
}
