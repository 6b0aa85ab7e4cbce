package vn.sohoa.platform.teams.api;

import java.time.LocalDate;
import vn.sohoa.platform.teams.domain.TeamMember;
import vn.sohoa.platform.teams.domain.TeamRole;

/** A team member as the API returns them. */
public record TeamMemberResponse(long id, long teamId, String fullName, TeamRole role, String phone, String username,
                                 LocalDate startDate, LocalDate endDate, long version) {

    static TeamMemberResponse of(TeamMember member) {
        return new TeamMemberResponse(member.id(), member.teamId(), member.fullName(), member.role(), member.phone(),
                member.username(), member.startDate(), member.endDate(), member.version());
    }
}
