package vn.sohoa.platform.training.api;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import vn.sohoa.platform.files.store.FileTransfers;
import vn.sohoa.platform.files.store.StoredFiles;
import vn.sohoa.platform.http.PathIds;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.service.TenantRoute;
import vn.sohoa.platform.training.domain.ExternalStatus;
import vn.sohoa.platform.training.domain.TrainingAccess;
import vn.sohoa.platform.training.service.ExternalCompletions;

/**
 * Certificates from other platforms. A member records one (the file as the raw body, its name in
 * {@code Content-Disposition} or {@code ?name=}, with {@code ?courseId=&platform=&completedOn=yyyy-MM-dd}); the
 * tenant's trainers and administrators list the queue, open the file, accept or refuse.
 */
@Path("/api/v1/tenants/{code}/external-completions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ExternalCompletionsResource {

    @Inject
    TenantRoute route;

    @Inject
    SecurityIdentity identity;

    @Inject
    ExternalCompletions completions;

    @Inject
    StoredFiles files;

    @PathParam("code")
    String tenantCode;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response record(@Context HttpHeaders headers, @Context UriInfo uri, @QueryParam("courseId") String courseId,
                           @QueryParam("platform") @NotNull @Size(min = 1, max = 100) String platform,
                           @QueryParam("completedOn") String completedOn, InputStream body) {
        route.enter(TrainingAccess.LEARN);
        Caller caller = route.caller();
        var record = completions.record(courseId(courseId), platform, day(completedOn), body, FileTransfers.uploadedName(headers, uri),
                caller.subject(), caller.username(), LearnerName.of(identity));
        return Response.created(URI.create("/api/v1/tenants/" + tenantCode + "/external-completions/" + record.id()))
                .entity(ExternalCompletionResponse.of(record)).build();
    }

    /** The review queue: {@code ?status=PENDING} (the default), {@code ACCEPTED}, {@code REFUSED} or {@code ALL}. */
    @GET
    public Page<ExternalCompletionResponse> list(@QueryParam("status") String status, @Valid @BeanParam PageRequest page) {
        route.enter(TrainingAccess.AUTHOR);
        return completions.list(status(status), page).map(ExternalCompletionResponse::of);
    }

    /** The caller's own records in this tenant. */
    @GET
    @Path("mine")
    public Map<String, List<ExternalCompletionResponse>> mine() {
        route.enter(TrainingAccess.LEARN);
        return Map.of("items", completions.mine(route.caller().subject()).stream().map(ExternalCompletionResponse::of)
                .toList());
    }

    @GET
    @Path("{id}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") String id) {
        route.enter(TrainingAccess.AUTHOR);
        return completions.file(PathIds.parse(id, "external completion"))
                .map(file -> FileTransfers.download(file, files))
                .orElseThrow(() -> PathIds.notFound(id, "external completion"));
    }

    @POST
    @Path("{id}/accept")
    public ExternalCompletionResponse accept(@PathParam("id") String id) {
        route.enter(TrainingAccess.AUTHOR);
        return ExternalCompletionResponse.of(completions.accept(PathIds.parse(id, "external completion"),
                route.caller().username()));
    }

    @POST
    @Path("{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    public ExternalCompletionResponse refuse(@PathParam("id") String id, @Valid @NotNull RefusalRequest body) {
        route.enter(TrainingAccess.AUTHOR);
        return ExternalCompletionResponse.of(completions.refuse(PathIds.parse(id, "external completion"),
                route.caller().username(), body.reason()));
    }

    private static long courseId(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("courseId", "must name the course the certificate stands for");
        }
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid("completedOn", "is required (yyyy-MM-dd)");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("completedOn", "must be a day as yyyy-MM-dd");
        }
    }

    private static ExternalStatus status(String text) {
        if (text == null || text.isBlank()) {
            return ExternalStatus.PENDING;
        }
        if (text.equals("ALL")) {
            return null;
        }
        try {
            return ExternalStatus.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be PENDING, ACCEPTED, REFUSED or ALL");
        }
    }
}
