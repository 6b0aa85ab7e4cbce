package vn.sohoa.platform.tenancy.domain;

/** The role a person holds in one tenant. */
public enum Role {
    TENANT_ADMIN, TEAM_LEADER, TEAM_MEMBER, TRAINER, VIEWER
}
