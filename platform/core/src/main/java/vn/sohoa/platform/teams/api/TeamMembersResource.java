package vn.sohoa.platform.teams.api;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.teams.domain.TeamMember;
import vn.sohoa.platform.teams.service.MemberDraft;
import vn.sohoa.platform.teams.service.PhoneReaders;
import vn.sohoa.platform.teams.service.TeamMemberService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * The people of a team, past and present. Members of the tenant read; tenant administrators write; only
 * {@link PhoneReaders} see phone numbers.
 */
@Path("/api/v1/tenants/{code}/teams/{teamId}/members")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamMembersResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    TenantGate gate;

    @Inject
    TeamMemberService members;

    @Inject
    PhoneReaders phones;

    @PathParam("code")
    String tenantCode;

    @PathParam("teamId")
    String teamId;

    @GET
    public List<TeamMemberResponse> list() {
        enter(Access.READ);
        boolean withPhone = phones.include(Caller.of(identity), tenantCode);
        return members.list(TeamsResource.id(teamId, "team")).stream()
                .map(member -> TeamMemberResponse.of(member, withPhone)).toList();
    }

    @POST
    public Response add(@Valid @NotNull TeamMemberRequest body) {
        enter(Access.ADMINISTER);
        var added = TeamMemberResponse.of(members.add(TeamsResource.id(teamId, "team"), body.draft()),
                phones.include(Caller.of(identity), tenantCode));
        return Response.created(URI.create("/api/v1/tenants/" + tenantCode + "/teams/" + teamId + "/members/"
                + added.id())).entity(added).build();
    }

    @PUT
    @Path("{memberId}")
    public TeamMemberResponse change(@PathParam("memberId") String memberId, @Valid @NotNull TeamMemberRequest body) {
        if (body.version() == null) {
            throw ProblemException.invalid("version", "is required when changing a team member");
        }
        enter(Access.ADMINISTER);
        long member = TeamsResource.id(memberId, "team member");
        boolean withPhone = phones.include(Caller.of(identity), tenantCode);
        MemberDraft draft = body.draft();
        if (!withPhone && draft.phone() == null) {
            // Someone who cannot see the number did not mean to clear it.
            draft = draft.withPhone(members.find(member).map(TeamMember::phone).orElse(null));
        }
        return TeamMemberResponse.of(members.change(TeamsResource.id(teamId, "team"), member, draft,
                body.version()), withPhone);
    }

    private void enter(Access access) {
        gate.enter(Caller.of(identity), tenantCode, access);
    }
}
