package vn.sohoa.platform.teams.service;

import vn.sohoa.platform.teams.domain.Team;

/** A team with how many people are in it today; it is active while at least one is. */
public record TeamStanding(Team team, long currentMembers) {

    public boolean active() {
        return currentMembers > 0;
    }
}
