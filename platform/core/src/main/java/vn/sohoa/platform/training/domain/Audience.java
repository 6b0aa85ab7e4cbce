package vn.sohoa.platform.training.domain;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.domain.TenantKind;

/** Whom a course is for. */
public enum Audience {
    OFFICIAL, TEAM_MEMBER, CITIZEN, TEACHER, STUDENT;

    /**
     * The audience of a person holding {@code role} in a tenant of {@code kind}: team leaders and members are
     * TEAM_MEMBERs, LEARNERs (citizens who registered) CITIZENs, staff of a school TEACHERs, every other role an
     * OFFICIAL.
     */
    public static Audience of(Role role, TenantKind kind) {
        if (role == Role.LEARNER) {
            return CITIZEN;
        }
        if (role == Role.TEAM_MEMBER || role == Role.TEAM_LEADER) {
            return TEAM_MEMBER;
        }
        return kind == TenantKind.SCHOOL ? TEACHER : OFFICIAL;
    }

    /** The audiences of a person holding {@code roles} in a tenant of {@code kind}. */
    public static Set<Audience> of(Set<Role> roles, TenantKind kind) {
        return roles.stream().map(role -> of(role, kind)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether a course for {@code audiences} is for a person of {@code mine}; a person of no audience here (no role
     * in the tenant) is not asked.
     */
    public static boolean offered(Collection<Audience> audiences, Set<Audience> mine) {
        return mine.isEmpty() || audiences.stream().anyMatch(mine::contains);
    }
}
