package vn.sohoa.platform.support.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * What a support record says happened: when, where, by which team and member, what kind of help, how,
 * for how many people, and with which result. Optional parts are null.
 */
@Embeddable
public record SupportFacts(
        @Column(name = "occurred_at") Instant occurredAt,
        @Column(name = "unit_code") String unitCode,
        @Column(name = "team_id") Long teamId,
        @Column(name = "member_id") Long memberId,
        @Column(name = "category_code") String categoryCode,
        @Enumerated(EnumType.STRING) Channel channel,
        @Column(name = "people_count") int peopleCount,
        @Enumerated(EnumType.STRING) @Column(name = "age_band") AgeBand ageBand,
        @Enumerated(EnumType.STRING) Gender gender,
        @Column(name = "duration_minutes") Integer durationMinutes,
        @Enumerated(EnumType.STRING) Outcome outcome,
        String note) {

    /** The same facts with the team the member belongs to. */
    public SupportFacts withTeam(long team) {
        return new SupportFacts(occurredAt, unitCode, team, memberId, categoryCode, channel, peopleCount, ageBand,
                gender, durationMinutes, outcome, note);
    }
}
