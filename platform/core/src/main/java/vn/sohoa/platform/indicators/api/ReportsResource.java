package vn.sohoa.platform.indicators.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.sohoa.platform.indicators.domain.ReportAccess;
import vn.sohoa.platform.indicators.service.Report;
import vn.sohoa.platform.indicators.service.ReportCompleteness;
import vn.sohoa.platform.indicators.service.ReportService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * A unit's form of a data set for a period ({@code 2026-11}, {@code 2026-Q4}, {@code 2026-H2}, {@code 2026}):
 * members read it; its administrators (or those above) fill and submit it; only administrators of a unit
 * above decide on it. The completeness board of the period covers the unit's subtree.
 */
@Path("/api/v1/tenants/{code}/reports/{dataSet}/{period}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportsResource {

    @Inject
    TenantRoute route;

    @Inject
    ReportService reports;

    @Inject
    ReportCompleteness completeness;

    @PathParam("dataSet")
    String dataSet;

    @PathParam("period")
    String period;

    @GET
    public Report get() {
        route.enter(Access.READ);
        return reports.get(dataSet, period);
    }

    @PUT
    public Report save(@Valid @NotNull ReportRequest body) {
        route.enter(ReportAccess.FILL);
        return reports.save(dataSet, period, body.entered(), body.version());
    }

    @POST
    @Path("submit")
    public Report submit(SubmitRequest body) {
        route.enter(ReportAccess.FILL);
        return reports.submit(dataSet, period, body == null ? null : body.version());
    }

    @POST
    @Path("approve")
    public Report approve() {
        route.enter(ReportAccess.DECIDE);
        return reports.approve(dataSet, period);
    }

    @POST
    @Path("return")
    public Report sendBack(@Valid @NotNull DecisionRequest body) {
        route.enter(ReportAccess.DECIDE);
        return reports.sendBack(dataSet, period, body.comment().strip());
    }

    @POST
    @Path("unapprove")
    public Report unapprove(@Valid @NotNull DecisionRequest body) {
        route.enter(ReportAccess.DECIDE);
        return reports.unapprove(dataSet, period, body.comment().strip());
    }

    @GET
    @Path("completeness")
    public ReportCompleteness.Completeness completeness() {
        route.enter(Access.READ);
        return completeness.of(dataSet, period);
    }
}
