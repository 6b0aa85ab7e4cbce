package vn.sohoa.admin.members.api;

import vn.sohoa.platform.tenancy.domain.Membership;
import vn.sohoa.platform.tenancy.domain.Role;

/** A member of a tenant as the API returns it. */
public record MemberResponse(String username, Role role) {

    static MemberResponse of(Membership membership) {
        return new MemberResponse(membership.username(), membership.role());
    }
}
