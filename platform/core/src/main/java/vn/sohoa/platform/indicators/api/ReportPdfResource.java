package vn.sohoa.platform.indicators.api;

import io.quarkus.security.Authenticated;
import java.io.ByteArrayOutputStream;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import vn.sohoa.platform.indicators.service.ReportPdf;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * A data set for a period as a PDF report in Vietnamese over the tenant's subtree: the approved roll-up and who
 * submitted on time, late or not at all. Whoever may read the tenant may download it.
 */
@Path("/api/v1/tenants/{code}/reports/{dataSet}/{period}/pdf")
@Authenticated
public class ReportPdfResource {

    @Inject
    TenantRoute route;

    @Inject
    ReportPdf pdf;

    @GET
    @Produces("application/pdf")
    public Response report(@PathParam("code") String tenantCode, @PathParam("dataSet") String dataSet,
                           @PathParam("period") String period) {
        route.enter(Access.READ);
        // Built before the answer starts, so an unknown data set or a period that does not fit is still a
        // 404 or 400 problem; a report of a few pages is a few tens of kilobytes.
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        pdf.write(dataSet, period, document);
        StreamingOutput file = stream -> document.writeTo(stream);
        return Response.ok(file, "application/pdf").header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
                + tenantCode + "-" + dataSet + "-" + period + ".pdf\"").build();
    }
}
