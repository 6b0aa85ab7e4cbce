package vn.sohoa.server.files;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import java.util.EnumSet;
import java.util.List;
import vn.sohoa.platform.files.store.FileKind;
import vn.sohoa.platform.files.store.FileTransfers;
import vn.sohoa.platform.files.store.StoredFile;
import vn.sohoa.platform.files.store.StoredFiles;
import vn.sohoa.platform.http.PathIds;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * A resource of the test sources only, shaped as a feature's upload and download would be, so that the file
 * store is tested through HTTP before any feature uses it: upload a raw body, download, delete.
 */
@Path("/api/v1/tenants/{code}/test-files")
@Authenticated
public class StoredFilesTestResource {

    /** Small enough that a body over it still passes the ordinary 2 MB request limit and reaches the store. */
    static final String MAX_BYTES = "1048576";

    @Inject
    TenantRoute route;

    @Inject
    StoredFiles files;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@Context HttpHeaders headers, @Context UriInfo uri,
                           @QueryParam("allowed") List<FileKind> allowed,
                           @QueryParam("maxBytes") @DefaultValue(MAX_BYTES) long maxBytes, InputStream body) {
        String name = FileTransfers.uploadedName(headers, uri);
        route.enter(Access.ADMINISTER);
        StoredFile file = files.store(body, name, allowed.isEmpty() ? EnumSet.allOf(FileKind.class)
                : EnumSet.copyOf(allowed), maxBytes);
        return Response.status(Response.Status.CREATED).entity(file).build();
    }

    @GET
    @Path("{id}")
    public Response download(@PathParam("id") String id) {
        route.enter(Access.READ);
        long fileId = PathIds.parse(id, "file");
        StoredFile file = files.find(fileId)
                .orElseThrow(() -> ProblemException.notFound("There is no file " + fileId + " here."));
        return FileTransfers.download(file, files);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        route.enter(Access.ADMINISTER);
        files.delete(PathIds.parse(id, "file"));
        return Response.noContent().build();
    }
}
