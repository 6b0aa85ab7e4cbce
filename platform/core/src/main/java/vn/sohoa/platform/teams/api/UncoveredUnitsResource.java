package vn.sohoa.platform.teams.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.sohoa.platform.teams.service.TeamService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;
import vn.sohoa.platform.units.domain.UnitType;

/** The hamlets and residential groups of a tenant where no team has anyone today, flagged on the team page. */
@Path("/api/v1/tenants/{code}/units-without-active-team")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class UncoveredUnitsResource {

    /** A sub-unit without an active team. */
    public record UncoveredUnit(String code, String name, UnitType type) {}

    @Inject
    TenantRoute route;

    @Inject
    TeamService teams;

    @GET
    public List<UncoveredUnit> list(@PathParam("code") String tenantCode) {
        route.enter(Access.READ);
        return teams.unitsWithoutActiveTeam().stream()
                .map(unit -> new UncoveredUnit(unit.code(), unit.name(), unit.type())).toList();
    }
}
