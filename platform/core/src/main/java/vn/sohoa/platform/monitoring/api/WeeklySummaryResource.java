package vn.sohoa.platform.monitoring.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import vn.sohoa.platform.monitoring.domain.Dashboard;
import vn.sohoa.platform.monitoring.domain.Period;
import vn.sohoa.platform.monitoring.domain.WeeklySummary;
import vn.sohoa.platform.monitoring.service.DashboardReport;
import vn.sohoa.platform.monitoring.service.Dashboards;
import vn.sohoa.platform.monitoring.service.WeeklySummaries;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * The weekly summary of a tenant: {@code GET …/dashboard/weekly} names the last week that has ended with the links
 * of its page and workbook; {@code …/weekly/{monday}} is that week's dashboard and {@code …/weekly/{monday}.xlsx}
 * its workbook, for anyone who may read the tenant; {@code PUT}/{@code DELETE …/weekly/subscription} subscribes the
 * caller or ends it.
 */
@Path("/api/v1/tenants/{code}/dashboard/weekly")
@Authenticated
public class WeeklySummaryResource {

    @Inject
    TenantRoute route;

    @Inject
    WeeklySummaries summaries;

    @Inject
    Dashboards dashboards;

    @Inject
    DashboardReport report;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public WeeklySummary last() {
        TenantSnapshot tenant = route.enter(Access.READ);
        return summaries.of(tenant, summaries.lastWeek(), route.caller());
    }

    @GET
    @Path("{week}")
    @Produces(MediaType.APPLICATION_JSON)
    public Dashboard week(@PathParam("week") String week) {
        TenantSnapshot tenant = route.enter(Access.READ);
        return dashboards.of(tenant, summaries.week(week));
    }

    @GET
    @Path("{week}.xlsx")
    @Produces(DashboardResource.XLSX)
    public Response workbook(@PathParam("week") String week, @QueryParam("lang") String lang) {
        TenantSnapshot tenant = route.enter(Access.READ);
        Period period = summaries.week(week);
        Dashboard dashboard = dashboards.of(tenant, period);
        var rankings = dashboards.rankings(tenant, period);
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.of("vi");
        StreamingOutput body = out -> report.write(dashboard, rankings, locale, out);
        return Response.ok(body, DashboardResource.XLSX).header("Content-Disposition",
                "attachment; filename=\"" + DashboardReport.fileName(dashboard, "xlsx") + "\"").build();
    }

    @PUT
    @Path("subscription")
    @Produces(MediaType.APPLICATION_JSON)
    public WeeklySummary subscribe() {
        TenantSnapshot tenant = route.enter(Access.READ);
        summaries.subscribe(route.caller());
        return summaries.of(tenant, summaries.lastWeek(), route.caller());
    }

    @DELETE
    @Path("subscription")
    public Response unsubscribe() {
        route.enter(Access.READ);
        summaries.unsubscribe(route.caller());
        return Response.noContent().build();
    }
}
