package vn.sohoa.platform.teams.domain;

/** A person's place in a team. */
public enum TeamRole {
    LEADER, MEMBER
}
