package vn.sohoa.admin.members.api;

import jakarta.validation.constraints.NotNull;
import vn.sohoa.platform.tenancy.domain.Role;

/** A member's new role. */
public record MemberRoleRequest(@NotNull Role role) {}
