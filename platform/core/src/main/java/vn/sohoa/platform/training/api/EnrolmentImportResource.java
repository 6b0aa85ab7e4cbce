package vn.sohoa.platform.training.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.sohoa.platform.files.TableFormat;
import vn.sohoa.platform.http.DryRun;
import vn.sohoa.platform.http.PathIds;
import vn.sohoa.platform.idempotency.IdempotentPosts;
import vn.sohoa.platform.idempotency.UploadDigest;
import vn.sohoa.platform.tenancy.service.TenantRoute;
import vn.sohoa.platform.training.domain.TrainingAccess;
import vn.sohoa.platform.training.service.EnrolmentImport;

/**
 * Enrolment of members in a course from a file of usernames: CSV ({@code text/csv}, UTF-8) or an Excel workbook
 * with the one column {@code username}. {@code ?dryRun=true} answers the preview (200: who would be enrolled, who
 * already is, the problems by line) and writes nothing; otherwise 201 with the number enrolled, or 422 with the
 * problems and nothing enrolled. Trainers and administrators of the tenant only.
 */
@Path("/api/v1/tenants/{code}/courses/{id}/enrolments/import")
@Authenticated
public class EnrolmentImportResource {

    @Inject
    TenantRoute route;

    @Inject
    EnrolmentImport imports;

    @Inject
    IdempotentPosts posts;

    @POST
    @Consumes({"text/csv", TableFormat.XLSX_MEDIA_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importFile(@PathParam("id") String id, @Valid @BeanParam DryRun dryRun,
                               @Context HttpHeaders headers, byte[] file) {
        TableFormat format = TableFormat.ofUpload(headers.getMediaType());
        route.enter(TrainingAccess.AUTHOR);
        long course = PathIds.parse(id, "course");
        byte[] bytes = file == null ? new byte[0] : file;
        if (dryRun.requested()) {
            return Response.ok(imports.check(course, format, bytes)).build();
        }
        return posts.importFile(UploadDigest.of(format.name(), bytes), () -> Response.status(Response.Status.CREATED)
                .entity(new Enrolled(imports.enrol(course, format, bytes))).build());
    }

    /** The answer to an import that went through: how many members it enrolled. */
    public record Enrolled(int enrolled) {}
}
