package vn.sohoa.platform.indicators.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.sohoa.platform.indicators.service.ReportInbox;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * The approver's inbox: the submitted forms of every unit below {@code code}, which its administrators may
 * approve or return. Only an administrator of the tenant (or above it) reads it.
 */
@Path("/api/v1/tenants/{code}/reports/inbox")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReportInboxResource {

    @Inject
    TenantRoute route;

    @Inject
    ReportInbox inbox;

    @GET
    public Page<ReportInbox.Waiting> waiting(@Valid @BeanParam PageRequest page,
                                             @QueryParam("search") @Size(max = 100) String search) {
        route.enter(Access.INSPECT);
        return inbox.waiting(page, search);
    }
}
