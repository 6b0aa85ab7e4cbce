package vn.sohoa.platform.tenancy.domain;

/**
 * The role a person holds in one tenant. {@link #LEARNER} only learns there (a citizen who registered): it
 * monitors nothing, so it gives no {@link Access#READ}, here or below.
 */
public enum Role {
    TENANT_ADMIN, TEAM_LEADER, TEAM_MEMBER, TRAINER, VIEWER, LEARNER
}
