package vn.sohoa.platform.teams.api;

import vn.sohoa.platform.teams.service.TeamStanding;

/** A team as the API returns it; {@code active} while at least one person is in it today. */
public record TeamResponse(long id, String name, String unitCode, boolean active, long currentMembers, long version) {

    static TeamResponse of(TeamStanding standing) {
        var team = standing.team();
        return new TeamResponse(team.id(), team.name(), team.unitCode(), standing.active(), standing.currentMembers(),
                team.version());
    }
}
