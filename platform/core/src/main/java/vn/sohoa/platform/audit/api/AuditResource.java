package vn.sohoa.platform.audit.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import vn.sohoa.platform.audit.service.AuditCsv;
import vn.sohoa.platform.audit.service.AuditFilter;
import vn.sohoa.platform.audit.service.AuditPage;
import vn.sohoa.platform.audit.service.AuditService;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * A tenant's audit trail. Only its administrators (and those of its ancestors) read it: it shows
 * who did what, which ordinary members need not see. It stays readable after the tenant is suspended,
 * archived or merged.
 */
@Path("/api/v1/tenants/{code}/audit")
@Authenticated
public class AuditResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    TenantRoute route;

    @Inject
    AuditService audit;

    @PathParam("code")
    String tenantCode;

    /** A page of entries, newest first; {@code totalCapped} is true when there are more than {@code total}. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AuditPage<AuditEntryResponse> list(@Valid @BeanParam PageRequest page, @Valid @BeanParam AuditQuery query) {
        route.enter(Access.INSPECT);
        return audit.list(query.filter(), page).map(AuditEntryResponse::of);
    }

    /** The same entries as CSV, streamed to the client as they are read. */
    @GET
    @Path("export")
    @Produces(CSV)
    public Response export(@Valid @BeanParam AuditQuery query) {
        route.enter(Access.INSPECT);
        AuditFilter filter = query.filter();
        StreamingOutput csv = stream -> {
            try (AuditCsv out = new AuditCsv(stream)) {
                audit.export(filter, out::write);
            }
        };
        return Response.ok(csv, CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-" + tenantCode + ".csv\"")
                .build();
    }
}
