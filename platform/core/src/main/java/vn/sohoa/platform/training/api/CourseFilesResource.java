package vn.sohoa.platform.training.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import vn.sohoa.platform.files.store.FileTransfers;
import vn.sohoa.platform.files.store.StoredFile;
import vn.sohoa.platform.files.store.StoredFiles;
import vn.sohoa.platform.http.PathIds;
import vn.sohoa.platform.tenancy.service.TenantRoute;
import vn.sohoa.platform.training.domain.TrainingAccess;
import vn.sohoa.platform.training.service.LessonFiles;

/**
 * The PDFs of a course's file lessons, for its authors: upload one (the raw file as the body, its name in
 * {@code Content-Disposition} or {@code ?name=}), then name its {@code fileId} in a FILE lesson of the draft.
 */
@Path("/api/v1/tenants/{code}/courses/{id}/files")
@Authenticated
public class CourseFilesResource {

    @Inject
    TenantRoute route;

    @Inject
    LessonFiles lessonFiles;

    @Inject
    StoredFiles files;

    @PathParam("code")
    String tenantCode;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("id") String id, @Context HttpHeaders headers, @Context UriInfo uri,
                           InputStream body) {
        route.enter(TrainingAccess.AUTHOR);
        long course = PathIds.parse(id, "course");
        StoredFile file = lessonFiles.upload(course, body, FileTransfers.uploadedName(headers, uri));
        return Response.created(URI.create("/api/v1/tenants/" + tenantCode + "/courses/" + course + "/files/" + file.id()))
                .entity(LessonFileResponse.of(file)).build();
    }

    @GET
    @Path("{fileId}")
    public Response download(@PathParam("id") String id, @PathParam("fileId") String fileId) {
        route.enter(TrainingAccess.AUTHOR);
        return lessonFiles.courseFile(PathIds.parse(id, "course"), PathIds.parse(fileId, "file"))
                .map(file -> FileTransfers.download(file, files))
                .orElseThrow(() -> PathIds.notFound(fileId, "file"));
    }
}
