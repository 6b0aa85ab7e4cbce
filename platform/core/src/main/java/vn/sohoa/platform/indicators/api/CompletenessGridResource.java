package vn.sohoa.platform.indicators.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import vn.sohoa.platform.files.TableFormat;
import vn.sohoa.platform.files.TableWriter;
import vn.sohoa.platform.indicators.service.CompletenessGrid;
import vn.sohoa.platform.indicators.service.CompletenessGridFiles;
import vn.sohoa.platform.indicators.service.ReportTable;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * Completeness of a data set across the periods of a year over the tenant's subtree, unit by period:
 * {@code ?year=2026&format=json} (the default), {@code csv}, {@code xlsx} or {@code pdf}. Whoever may read the
 * tenant reads it; a sibling gets 404 as for the forms. Every file is built before the answer starts, so a bad
 * year is still a 400.
 */
@Path("/api/v1/tenants/{code}/completeness-grid/{dataSet}")
@Authenticated
public class CompletenessGridResource {

    @Inject
    TenantRoute route;

    @Inject
    CompletenessGrid grids;

    @Inject
    CompletenessGridFiles files;

    @PathParam("code")
    String tenantCode;

    @GET
    @Produces({MediaType.APPLICATION_JSON, TableFormat.XLSX_MEDIA_TYPE, "text/csv; charset=UTF-8", "application/pdf"})
    public Response grid(@PathParam("dataSet") String dataSet,
                         @QueryParam("year") @NotNull(message = "is required, like 2026")
                         @Pattern(regexp = "\\d{4}", message = "must be a year like 2026") String year,
                         @QueryParam("format") @DefaultValue("json")
                         @Pattern(regexp = "(?i)json|csv|xlsx|pdf", message = "must be json, csv, xlsx or pdf")
                         String format) {
        route.enter(Access.READ);
        int chosen = Integer.parseInt(year);
        String name = tenantCode + "-" + dataSet + "-" + year + ".";
        if (format.equalsIgnoreCase("json")) {
            return Response.ok(grids.of(dataSet, chosen), MediaType.APPLICATION_JSON).build();
        }
        if (format.equalsIgnoreCase("pdf")) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            files.pdf(dataSet, chosen, pdf);
            return attachment(pdf.toByteArray(), "application/pdf", name + "pdf");
        }
        TableFormat type = TableFormat.named(format).orElseThrow();
        ReportTable.Table table = files.table(dataSet, chosen);
        StreamingOutput file = stream -> {
            try (TableWriter writer = TableWriter.of(type, stream, "Các kỳ", table.header())) {
                table.rows().forEach(writer::row);
            }
        };
        return attachment(file, type.contentType(), name + type.extension());
    }

    private static Response attachment(Object entity, String contentType, String fileName) {
        return Response.ok(entity, contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").build();
    }
}
