package vn.sohoa.platform.indicators.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
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
import vn.sohoa.platform.files.TableWriter;
import vn.sohoa.platform.indicators.service.ReportTable;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * A data set for a period as a file over the tenant's subtree, {@code ?format=xlsx} (the default) or
 * {@code csv}: a row per unit that owes the form, with its state and approved figures, then the subtree's
 * total. Whoever may read the tenant may export it; a sibling gets 404 as for the form.
 */
@Path("/api/v1/tenants/{code}/reports/{dataSet}/{period}/export")
@Authenticated
public class ReportExportResource {

    @Inject
    TenantRoute route;

    @Inject
    ReportTable tables;

    @PathParam("code")
    String tenantCode;

    @GET
    @Produces({TableFormat.XLSX_MEDIA_TYPE, "text/csv; charset=UTF-8"})
    public Response export(@PathParam("dataSet") String dataSet, @PathParam("period") String period,
                           @QueryParam("format") @DefaultValue("xlsx")
                           @Pattern(regexp = "(?i)csv|xlsx", message = "must be csv or xlsx") String format) {
        route.enter(Access.READ);
        TableFormat type = TableFormat.named(format).orElseThrow();
        ReportTable.Table table = tables.of(dataSet, period);
        StreamingOutput file = stream -> {
            try (TableWriter writer = TableWriter.of(type, stream, "Báo cáo", table.header())) {
                table.rows().forEach(writer::row);
            }
        };
        return Response.ok(file, type.contentType()).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
                + tenantCode + "-" + dataSet + "-" + period + "." + type.extension() + "\"").build();
    }
}
