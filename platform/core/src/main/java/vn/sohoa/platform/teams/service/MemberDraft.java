package vn.sohoa.platform.teams.service;

import java.time.LocalDate;
import vn.sohoa.platform.teams.domain.TeamRole;

/**
 * A team member as a client describes them. {@code username}, when given, names a platform account
 * that is a member of the tenant; {@code startDate} defaults to today.
 */
public record MemberDraft(String fullName, TeamRole role, String phone, String username, LocalDate startDate,
                          LocalDate endDate) {

    /** This draft with another phone number. */
    public MemberDraft withPhone(String number) {
        return new MemberDraft(fullName, role, number, username, startDate, endDate);
    }
}
