package vn.sohoa.platform.teams.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/**
 * A person's time in a team. The phone is the team member's own work contact, not a citizen's. The
 * account fields are set when the person has a platform account; volunteers may have none.
 */
@Entity
@Table(name = "team_member")
public class TeamMember extends TenantScopedEntity {

    @Column(name = "team_id")
    private long teamId;

    @Column(name = "full_name")
    private String fullName;

    @Enumerated(EnumType.STRING)
    private TeamRole role;

    private String phone;

    @Column(name = "user_subject")
    private String userSubject;

    private String username;

    @Column(name = "start_date")
    private LocalDate startDate;

    /** The first day the person is no longer in the team; null while they are. */
    @Column(name = "end_date")
    private LocalDate endDate;

    protected TeamMember() {
    }

    public TeamMember(long teamId) {
        this.teamId = teamId;
    }

    /** Replaces what is known about the person and their time in the team. */
    public void describe(String fullName, TeamRole role, String phone, LocalDate startDate, LocalDate endDate) {
        this.fullName = fullName;
        this.role = role;
        this.phone = phone;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    /** Links the platform account of this person, or unlinks it with nulls. */
    public void linkAccount(String userSubject, String username) {
        this.userSubject = userSubject;
        this.username = username;
    }

    /** Whether the person is in the team on {@code day}. */
    public boolean isCurrentOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || endDate.isAfter(day));
    }

    public long teamId() {
        return teamId;
    }

    public String fullName() {
        return fullName;
    }

    public TeamRole role() {
        return role;
    }

    public String phone() {
        return phone;
    }

    public String userSubject() {
        return userSubject;
    }

    public String username() {
        return username;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }
}
