package vn.sohoa.platform.support.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import vn.sohoa.platform.files.TableFormat;
import vn.sohoa.platform.support.service.SupportLogExport;
import vn.sohoa.platform.support.service.SupportLogQuery;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * The support log of a tenant as a file, {@code ?format=csv} (the default) or {@code xlsx}, with the list's
 * filter. Whoever may read the list may export it. The file is streamed as it is read from the database.
 */
@Path("/api/v1/tenants/{code}/support-logs/export")
@Authenticated
public class SupportLogExportResource {

    @Inject
    TenantRoute route;

    @Inject
    SupportLogExport export;

    @PathParam("code")
    String tenantCode;

    @GET
    @Produces({"text/csv; charset=UTF-8", TableFormat.XLSX_MEDIA_TYPE})
    public Response export(@Valid @BeanParam SupportLogFilter filter,
                           @QueryParam("format") @DefaultValue("csv")
                           @Pattern(regexp = "(?i)csv|xlsx", message = "must be csv or xlsx") String format) {
        SupportLogQuery query = filter.query();
        route.enter(Access.READ);
        TableFormat table = TableFormat.named(format).orElseThrow();
        StreamingOutput file = stream -> export.write(query, table, stream);
        return Response.ok(file, table.contentType()).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + SupportLogExport.fileName(tenantCode, table) + "\"").build();
    }
}
