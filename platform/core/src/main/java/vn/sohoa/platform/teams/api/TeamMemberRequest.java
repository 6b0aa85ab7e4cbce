package vn.sohoa.platform.teams.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.sohoa.platform.teams.domain.TeamRole;
import vn.sohoa.platform.teams.service.MemberDraft;

/**
 * A team member as a client sends it. {@code username} links a platform account (optional);
 * {@code startDate} defaults to today; {@code endDate} is the first day the person is no longer in the
 * team; {@code version} is required when changing.
 */
public record TeamMemberRequest(
        @NotBlank @Size(max = 200) String fullName,
        @NotNull TeamRole role,
        @Pattern(regexp = "\\+?[0-9][0-9 .-]{7,18}[0-9]", message = "must be a phone number of 9 to 20 digits, "
                + "spaces, dots or hyphens") String phone,
        @Size(min = 1, max = 255) String username,
        LocalDate startDate,
        LocalDate endDate,
        Long version) {

    MemberDraft draft() {
        return new MemberDraft(fullName.strip(), role, phone, username, startDate, endDate);
    }
}
