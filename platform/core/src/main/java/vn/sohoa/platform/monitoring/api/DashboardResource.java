package vn.sohoa.platform.monitoring.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.monitoring.domain.Dashboard;
import vn.sohoa.platform.monitoring.domain.Ranking;
import vn.sohoa.platform.monitoring.service.DashboardPdf;
import vn.sohoa.platform.monitoring.service.DashboardReport;
import vn.sohoa.platform.monitoring.service.Dashboards;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * A tenant's dashboard over its whole subtree: {@code GET /api/v1/tenants/{code}/dashboard?from=&to=}, the ranking
 * of its direct children on one metric ({@code …/dashboard/children?metric=coverage}) and the report
 * "Báo cáo tình hình chuyển đổi số" as XLSX or PDF ({@code …/dashboard/report.xlsx?lang=vi}, {@code report.pdf}).
 * Anyone who may read the tenant may read them; they hold counts and names of places only.
 */
@Path("/api/v1/tenants/{code}/dashboard")
@Authenticated
public class DashboardResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    TenantRoute route;

    @Inject
    Dashboards dashboards;

    @Inject
    DashboardReport report;

    @Inject
    DashboardPdf pdf;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Dashboard dashboard(@BeanParam PeriodParams params) {
        TenantSnapshot tenant = route.enter(Access.READ);
        return dashboards.of(tenant, params.period(VietnamCalendar.today(clock)));
    }

    @GET
    @Path("children")
    @Produces(MediaType.APPLICATION_JSON)
    public Ranking children(@QueryParam("metric") String metric, @BeanParam PeriodParams params) {
        TenantSnapshot tenant = route.enter(Access.READ);
        if (metric == null || metric.isBlank()) {
            throw ProblemException.invalid("metric", "is required: one of " + String.join(", ", dashboards.metrics()));
        }
        return dashboards.ranking(tenant, metric, params.period(VietnamCalendar.today(clock)));
    }

    @GET
    @Path("report.xlsx")
    @Produces(XLSX)
    public Response xlsx(@BeanParam PeriodParams params, @QueryParam("lang") String lang) {
        TenantSnapshot tenant = route.enter(Access.READ);
        Dashboard dashboard = dashboards.of(tenant, params.period(VietnamCalendar.today(clock)));
        Map<String, Ranking> rankings = dashboards.rankings(tenant, dashboard.period());
        StreamingOutput body = out -> report.write(dashboard, rankings, locale(lang), out);
        return attachment(body, XLSX, DashboardReport.fileName(dashboard, "xlsx"));
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    public Response pdf(@BeanParam PeriodParams params, @QueryParam("lang") String lang) {
        TenantSnapshot tenant = route.enter(Access.READ);
        Dashboard dashboard = dashboards.of(tenant, params.period(VietnamCalendar.today(clock)));
        Map<String, Ranking> rankings = dashboards.rankings(tenant, dashboard.period());
        StreamingOutput body = out -> pdf.write(dashboard, rankings, locale(lang), out);
        return attachment(body, "application/pdf", DashboardReport.fileName(dashboard, "pdf"));
    }

    private static Locale locale(String lang) {
        return "en".equals(lang) ? Locale.ENGLISH : Locale.of("vi");
    }

    private static Response attachment(StreamingOutput body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
