package vn.sohoa.platform.pilots.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.pilots.service.AwaitingDecision;
import vn.sohoa.platform.pilots.service.PilotInboxService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * The governing level's inbox: pilots of the tenants below {@code code} waiting for its decision. Only an
 * administrator of the tenant (or above it), who governs every tenant below it, reads it.
 */
@Path("/api/v1/tenants/{code}/pilots-inbox")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PilotsInboxResource {

    @Inject
    TenantRoute route;

    @Inject
    PilotInboxService inbox;

    @GET
    public Page<AwaitingDecision> inbox(@Valid @BeanParam PageRequest page) {
        route.enter(Access.INSPECT);
        return inbox.inbox(page);
    }
}
