package vn.sohoa.platform.teams.api;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import vn.sohoa.platform.http.PathIds;
import vn.sohoa.platform.idempotency.IdempotentPosts;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.teams.domain.TeamMember;
import vn.sohoa.platform.teams.service.MemberDraft;
import vn.sohoa.platform.teams.service.PhoneReaders;
import vn.sohoa.platform.teams.service.TeamMemberService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

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
    TenantRoute route;

    @Inject
    IdempotentPosts posts;

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
        boolean withPhone = phones.include(route.caller(), route.enter(Access.READ));
        return members.list(PathIds.parse(teamId, "team")).stream()
                .map(member -> TeamMemberResponse.of(member, withPhone)).toList();
    }

    @POST
    public Response add(@Valid @NotNull TeamMemberRequest body) {
        boolean withPhone = phones.include(route.caller(), route.enter(Access.ADMINISTER));
        long team = PathIds.parse(teamId, "team");
        return posts.create(body, () -> {
            var added = TeamMemberResponse.of(members.add(team, body.draft()), withPhone);
            return Response.created(URI.create("/api/v1/tenants/" + tenantCode + "/teams/" + teamId + "/members/"
                    + added.id())).entity(added).build();
        });
    }

    @PUT
    @Path("{memberId}")
    public TeamMemberResponse change(@PathParam("memberId") String memberId, @Valid @NotNull TeamMemberRequest body) {
        long version = OptimisticVersion.required(body.version());
        boolean withPhone = phones.include(route.caller(), route.enter(Access.ADMINISTER));
        long member = PathIds.parse(memberId, "team member");
        MemberDraft draft = body.draft();
        if (!withPhone && draft.phone() == null) {
            // Someone who cannot see the number did not mean to clear it.
            draft = draft.withPhone(members.find(member).map(TeamMember::phone).orElse(null));
        }
        return TeamMemberResponse.of(members.change(PathIds.parse(teamId, "team"), member, draft, version),
                withPhone);
    }
}
