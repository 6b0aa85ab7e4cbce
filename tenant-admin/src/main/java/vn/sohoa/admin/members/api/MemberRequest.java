package vn.sohoa.admin.members.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.sohoa.platform.tenancy.domain.Role;

/** Links an existing person of the identity provider to the tenant with a role. */
public record MemberRequest(@NotBlank @Size(max = 255) String username, @NotNull Role role) {}
