package vn.sohoa.admin.members.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import vn.sohoa.admin.members.service.Enrolment;
import vn.sohoa.admin.members.service.MembershipService;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/**
 * Who holds which role in a tenant. Members read; tenant administrators add, invite, change roles and
 * remove — but only an administrator from above may leave the tenant without an administrator.
 */
@Path("/api/v1/tenants/{code}/members")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembersResource {

    @Inject
    TenantRoute route;

    @Inject
    MembershipService memberships;

    @Inject
    Enrolment enrolment;

    @PathParam("code")
    String tenantCode;

    @GET
    public Page<MemberResponse> list(@Valid @BeanParam PageRequest page) {
        route.enter(Access.READ);
        return memberships.list(page).map(MemberResponse::of);
    }

    /**
     * Links a known person, or invites a new one when the body also gives their email and full name. An
     * invitation answers with the new account's temporary password, once and never cached.
     */
    @POST
    public Response add(@Valid @NotNull MemberRequest body) {
        route.enter(Access.ADMINISTER);
        MemberResponse added = MemberResponse.of(enrolment.enrol(body.name(), body::invitation, body.role()));
        return Response.created(URI.create("/api/v1/tenants/" + tenantCode + "/members/" + added.username()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").entity(added).build();
    }

    @PUT
    @Path("{username}")
    public MemberResponse changeRole(@PathParam("username") String username, @Valid @NotNull MemberRoleRequest body) {
        boolean governs = administer();
        return MemberResponse.of(memberships.changeRole(username, body.role(), governs));
    }

    @DELETE
    @Path("{username}")
    public Response remove(@PathParam("username") String username) {
        boolean governs = administer();
        memberships.remove(username, governs);
        return Response.noContent().build();
    }

    /** Enters the tenant as its administrator; whether the caller also governs it from above. */
    private boolean administer() {
        route.enter(Access.ADMINISTER);
        return route.governs();
    }
}
