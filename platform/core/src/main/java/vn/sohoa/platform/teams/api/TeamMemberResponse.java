package vn.sohoa.platform.teams.api;

import java.time.LocalDate;
import vn.sohoa.platform.teams.domain.TeamMember;
import vn.sohoa.platform.teams.domain.TeamRole;
import vn.sohoa.platform.teams.service.PhoneReaders;

/** A team member as the API returns them; {@code phone} is null for those who may not read it ({@link PhoneReaders}). */
public record TeamMemberResponse(long id, long teamId, String fullName, TeamRole role, String phone, String username,
                                 LocalDate startDate, LocalDate endDate, long version) {

    static TeamMemberResponse of(TeamMember member, boolean withPhone) {
        return new TeamMemberResponse(member.id(), member.teamId(), member.fullName(), member.role(),
                withPhone ? member.phone() : null,
                member.username(), member.startDate(), member.endDate(), member.version());
    }
}
