package vn.sohoa.platform.support.api;

import io.quarkus.security.Authenticated;
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
import java.util.List;
import vn.sohoa.platform.files.TableFormat;
import vn.sohoa.platform.http.DryRun;
import vn.sohoa.platform.idempotency.IdempotentPosts;
import vn.sohoa.platform.idempotency.UploadDigest;
import vn.sohoa.platform.problem.Problem.FieldError;
import vn.sohoa.platform.support.domain.SupportAccess;
import vn.sohoa.platform.support.service.SupportImport;
import vn.sohoa.platform.support.service.SupportLogImport;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * Logging many support records from a file: CSV ({@code text/csv}, UTF-8) or an Excel workbook, with the
 * header {@code occurredAt,unitCode,teamId,memberId,categoryCode,channel,peopleCount,ageBand,gender,
 * durationMinutes,outcome,note}. Whoever may log support may import it. The body may be as large as
 * {@code quarkus.http.limits.max-body-size}, because this path is one of {@code sohoa.http.upload-paths}.
 */
@Path("/api/v1/tenants/{code}/support-logs/import")
@Authenticated
public class SupportLogImportResource {

    @Inject
    TenantRoute route;

    @Inject
    SupportLogImport imports;

    @Inject
    IdempotentPosts posts;

    /**
     * With {@code dryRun=true}: 200 with what would be created and the problems by line, writing nothing.
     * Otherwise 201 with the number created (a retry with the same {@code Idempotency-Key} and file replays
     * it; the key with another file is a 422), or 422 with the problems and nothing created. A file beyond
     * {@code sohoa.imports.max-rows} or {@code sohoa.imports.max-unpacked-size} is a 413 either way.
     */
    @POST
    @Consumes({"text/csv", TableFormat.XLSX_MEDIA_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importFile(
            @Valid @BeanParam DryRun dryRun, @Context HttpHeaders headers, byte[] file) {
        TableFormat format = TableFormat.ofUpload(headers.getMediaType());
        route.enter(SupportAccess.LOG);
        byte[] bytes = file == null ? new byte[0] : file;
        if (dryRun.requested()) {
            SupportImport result = imports.importFile(format, bytes, true, route.caller());
            return Response.ok(new Preview(result.problemCount() == 0, result.rows(), result.toCreateCount(),
                    result.toCreate(), result.problemCount(), result.problems())).build();
        }
        return posts.importFile(UploadDigest.of(format.name(), bytes), () -> Response.status(Response.Status.CREATED)
                .entity(new Created(imports.importJoining(format, bytes, route.caller()).created())).build());
    }

    /**
     * The answer to a dry run: how many records the file would create and how many problems it has, with
     * the first of each ({@code sohoa.imports.listed}, 100 by default). The file imports only when
     * {@code valid}; a problem's {@code field} is its column, absent when the whole line (or the file) is
     * wrong.
     */
    public record Preview(boolean valid, int rows, int wouldCreateCount, List<SupportImport.Record> wouldCreate,
                          int problemCount, List<FieldError> problems) {}

    /** The answer to an import that went through: every line became a record. */
    public record Created(int created) {}
}
