package vn.sohoa.ui.supportlog;

import java.time.LocalDateTime;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.support.domain.AgeBand;
import vn.sohoa.platform.support.domain.Channel;
import vn.sohoa.platform.support.domain.Gender;
import vn.sohoa.platform.support.domain.Outcome;
import vn.sohoa.platform.support.domain.SupportFacts;

/**
 * A support record as the form edits it, field by field; {@link #facts} turns it into what the service
 * stores. Times are Vietnam's wall clock, as the member reads it on the phone.
 */
class SupportEntry {

    LocalDateTime occurredAt;
    String unitCode;
    Long teamId;
    Long memberId;
    String categoryCode;
    Channel channel = Channel.HOME_VISIT;
    Integer peopleCount = 1;
    AgeBand ageBand;
    Gender gender;
    Integer durationMinutes;
    Outcome outcome = Outcome.DONE;
    String note;

    /** A new entry happening {@code now}, at the member's usual place and with their last category. */
    static SupportEntry usual(EntryDefaults defaults, LocalDateTime now) {
        SupportEntry entry = new SupportEntry();
        entry.occurredAt = now;
        entry.unitCode = defaults.unitCode();
        entry.memberId = defaults.memberId();
        entry.categoryCode = defaults.categoryCode();
        return entry;
    }

    /** The entry of a stored record, for correcting it. */
    static SupportEntry of(SupportFacts facts) {
        SupportEntry entry = new SupportEntry();
        entry.occurredAt = LocalDateTime.ofInstant(facts.occurredAt(), VietnamCalendar.ZONE);
        entry.unitCode = facts.unitCode();
        entry.teamId = facts.teamId();
        entry.memberId = facts.memberId();
        entry.categoryCode = facts.categoryCode();
        entry.channel = facts.channel();
        entry.peopleCount = facts.peopleCount();
        entry.ageBand = facts.ageBand();
        entry.gender = facts.gender();
        entry.durationMinutes = facts.durationMinutes();
        entry.outcome = facts.outcome();
        entry.note = facts.note();
        return entry;
    }

    /**
     * The facts to store. Who helped is kept as it was: the caller's own team membership for a new entry (none for
     * someone in no team), the stored team and member for a correction.
     */
    SupportFacts facts() {
        String stripped = note == null || note.isBlank() ? null : note.strip();
        return new SupportFacts(occurredAt.atZone(VietnamCalendar.ZONE).toInstant(), unitCode, teamId, memberId, categoryCode,
                channel, peopleCount, ageBand, gender, durationMinutes, outcome, stripped);
    }
}
