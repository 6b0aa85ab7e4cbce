package vn.sohoa.admin.restructuring.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.sohoa.admin.restructuring.service.Impact;
import vn.sohoa.admin.restructuring.service.Lineage;
import vn.sohoa.admin.restructuring.service.LineageService;
import vn.sohoa.admin.restructuring.service.MemberOffer;
import vn.sohoa.admin.restructuring.service.MemberOffers;
import vn.sohoa.admin.restructuring.service.MoveService;
import vn.sohoa.platform.http.DryRun;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/** A tenant's place in history: its lineage, moving it, and the people offered to it after a merge. */
@Path("/api/v1/tenants/{code}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantLineageResource {

    @Inject
    TenantRoute route;

    @Inject
    LineageService lineage;

    @Inject
    MoveService moves;

    @Inject
    MemberOffers offers;

    @PathParam("code")
    String code;

    @GET
    @Path("lineage")
    public Lineage lineage() {
        route.check(Access.READ);
        return lineage.of(code);
    }

    /** Moves the tenant under another parent; {@code ?dryRun=true} previews the impact and writes nothing. */
    @POST
    @Path("move")
    public Impact move(@Valid @NotNull MoveRequest body, @Valid @BeanParam DryRun dryRun) {
        route.check(Access.GOVERN);
        return moves.move(route.caller(), route.code(), body.newParentCode(), body.effectiveDate(), dryRun.requested());
    }

    /** The people of merged predecessors who hold no role here yet; for administrators, whatever the status. */
    @GET
    @Path("member-offers")
    public List<MemberOffer> memberOffers() {
        route.check(Access.INSPECT);
        return offers.forSuccessor(code);
    }
}
