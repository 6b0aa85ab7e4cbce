package vn.sohoa.platform.pilots.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import vn.sohoa.platform.files.store.FileTransfers;
import vn.sohoa.platform.http.PathIds;
import vn.sohoa.platform.pilots.domain.EvidenceLink;
import vn.sohoa.platform.pilots.domain.PilotAccess;
import vn.sohoa.platform.pilots.service.PilotEvidenceService;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * Evidence files of a pilot. Upload: the raw file as the body, its name in {@code Content-Disposition} or
 * {@code ?name=}, and optionally {@code ?kpiCode=&period=}, {@code ?criterionCode=} and {@code ?note=}.
 */
@Path("/api/v1/tenants/{code}/pilots/{id}/evidence")
@Authenticated
public class PilotEvidenceResource {

    @Inject
    TenantRoute route;

    @Inject
    PilotEvidenceService evidence;

    @PathParam("code")
    String tenantCode;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<EvidenceResponse> list(@PathParam("id") String id) {
        route.enter(PilotAccess.READ);
        return evidence.list(PathIds.parse(id, "pilot")).stream().map(EvidenceResponse::of).toList();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("id") String id, @Context HttpHeaders headers, @Context UriInfo uri,
                           @QueryParam("kpiCode") @Size(max = 32) String kpiCode,
                           @QueryParam("period") @Size(max = 7) String period,
                           @QueryParam("criterionCode") @Size(max = 32) String criterionCode,
                           @QueryParam("note") @Size(max = 500) String note, InputStream body) {
        route.enter(PilotAccess.MANAGE);
        long pilot = PathIds.parse(id, "pilot");
        String name = FileTransfers.uploadedName(headers, uri);
        EvidenceResponse stored = EvidenceResponse.of(evidence.upload(pilot, body, name,
                new EvidenceLink(kpiCode, period, criterionCode, note), route.caller()));
        return Response.created(URI.create("/api/v1/tenants/" + tenantCode + "/pilots/" + pilot + "/evidence/"
                + stored.id())).entity(stored).build();
    }

    @GET
    @Path("{evidenceId}")
    public Response download(@PathParam("id") String id, @PathParam("evidenceId") String evidenceId) {
        route.enter(PilotAccess.READ);
        return evidence.find(PathIds.parse(id, "pilot"), PathIds.parse(evidenceId, "evidence"))
                .map(found -> FileTransfers.download(found.file(), evidence.files()))
                .orElseThrow(() -> PathIds.notFound(evidenceId, "evidence"));
    }
}
