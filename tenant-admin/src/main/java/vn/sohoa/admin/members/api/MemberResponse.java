package vn.sohoa.admin.members.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.sohoa.admin.members.service.Enrolment;
import vn.sohoa.platform.tenancy.domain.Membership;
import vn.sohoa.platform.tenancy.domain.Role;

/**
 * A member of a tenant as the API returns it.
 *
 * @param temporaryPassword only in the answer to an invitation that created an account: the password the
 *                          person signs in with once, to choose their own; it is never shown again
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberResponse(String username, Role role, String temporaryPassword) {

    static MemberResponse of(Membership membership) {
        return new MemberResponse(membership.username(), membership.role(), null);
    }

    static MemberResponse of(Enrolment.Enrolled enrolled) {
        Membership membership = enrolled.membership();
        return new MemberResponse(membership.username(), membership.role(), enrolled.temporaryPassword().orElse(null));
    }
}
