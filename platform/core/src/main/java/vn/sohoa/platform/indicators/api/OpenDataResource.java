package vn.sohoa.platform.indicators.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import vn.sohoa.platform.files.TableFormat;
import vn.sohoa.platform.files.TableWriter;
import vn.sohoa.platform.indicators.service.OpenData;
import vn.sohoa.platform.problem.ProblemException;

/**
 * Open data without login: {@code GET /api/v1/public/tenants/{code}/datasets/{dataSet}?format=json|csv} serves
 * the approved aggregates of a data set its owner marked public, for a tenant at commune level or above, with
 * their metadata. Anything else under these codes is the same 404, so nothing tells what exists. The only
 * resource of the API open to anonymous callers; every other one is {@code @Authenticated}.
 */
@Path("/api/v1/public/tenants/{code}/datasets/{dataSet}")
@PermitAll
public class OpenDataResource {

    @Inject
    OpenData openData;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv; charset=UTF-8"})
    public Response published(@PathParam("code") String tenantCode, @PathParam("dataSet") String dataSet,
                              @QueryParam("format") @DefaultValue("json")
                              @Pattern(regexp = "(?i)csv|json", message = "must be csv or json") String format) {
        OpenData.Published published = openData.of(tenantCode, dataSet).orElseThrow(() -> ProblemException.notFound(
                "There is no open data set " + dataSet + " of " + tenantCode + "."));
        if (format.equalsIgnoreCase("json")) {
            return Response.ok(published, MediaType.APPLICATION_JSON).build();
        }
        StreamingOutput file = stream -> {
            try (TableWriter writer = TableWriter.of(TableFormat.CSV, stream, "open-data", List.of("title", "tenant",
                    "period", "indicator", "name", "unit", "value", "numerator", "denominator", "reported", "source",
                    "licence", "last_updated"))) {
                for (OpenData.Row row : published.values()) {
                    String name = published.indicators().stream().filter(c -> c.code().equals(row.indicatorCode()))
                            .findFirst().map(OpenData.Column::name).orElse("");
                    writer.row(java.util.Arrays.asList(published.title(), published.tenantCode(), row.period(),
                            row.indicatorCode(), name, row.unit(), row.value(), row.numerator(), row.denominator(),
                            row.reported(), published.source(), published.licence(), published.lastUpdated()));
                }
            }
        };
        return Response.ok(file, TableFormat.CSV.contentType()).build();
    }
}
