package vn.sohoa.admin.tenants.api;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.sohoa.admin.tenants.service.TenantImportService;
import vn.sohoa.platform.files.TableFormat;
import vn.sohoa.platform.http.DryRun;
import vn.sohoa.platform.idempotency.IdempotentPosts;
import vn.sohoa.platform.idempotency.UploadDigest;
import vn.sohoa.platform.tenancy.domain.Caller;

/**
 * Bulk creation of tenants from a CSV file ({@code code,name,kind,parentCode}, UTF-8). A dry run is the
 * preview a wizard shows; the import itself is all or nothing. The body may be as large as
 * {@code quarkus.http.limits.max-body-size}, because this path is one of {@code sohoa.http.upload-paths}.
 */
@Path("/api/v1/tenants/import")
@Authenticated
public class TenantImportResource {

    static final String TEXT_CSV = "text/csv";

    @Inject
    SecurityIdentity identity;

    @Inject
    TenantImportService imports;

    @Inject
    IdempotentPosts posts;

    /**
     * With {@code dryRun=true}: 200 with what would be created and the problems by line, writing
     * nothing. Otherwise 201 with the number created (a retry with the same {@code Idempotency-Key} and file
     * replays it), or 422 with the problems and nothing created. A file
     * of more than {@code sohoa.imports.max-rows} rows is a 413 either way.
     */
    @POST
    @Consumes(TEXT_CSV)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importCsv(
            @Valid @BeanParam DryRun dryRun, @Context HttpHeaders headers, byte[] file) {
        Caller caller = Caller.of(identity);
        TableFormat format = TableFormat.ofUpload(headers.getMediaType()); // refuses CSV in a character set other than UTF-8
        byte[] bytes = file == null ? new byte[0] : file;
        if (dryRun.requested()) {
            return Response.ok(ImportPreview.of(imports.importCsv(caller, bytes, true))).build();
        }
        return posts.importFile(UploadDigest.of(format.name(), bytes), () -> Response.status(Response.Status.CREATED)
                .entity(new ImportResult(imports.importCsv(caller, bytes, false).created())).build());
    }
}
