package vn.sohoa.ui.members;

import vn.sohoa.admin.members.service.Invitation;
import vn.sohoa.platform.tenancy.domain.Role;

/** What the invitation form holds; public for the binder, which reads it by reflection. */
public record InvitationFields(String username, String fullName, String email, Role role) {

    Invitation invitation() {
        return new Invitation(username.strip(), email.strip(), fullName.strip());
    }
}
