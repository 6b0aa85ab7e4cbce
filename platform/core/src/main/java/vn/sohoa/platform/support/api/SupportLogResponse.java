package vn.sohoa.platform.support.api;

import java.time.Instant;
import vn.sohoa.platform.support.domain.AgeBand;
import vn.sohoa.platform.support.domain.Channel;
import vn.sohoa.platform.support.domain.Gender;
import vn.sohoa.platform.support.domain.Outcome;
import vn.sohoa.platform.support.domain.SupportLog;

/** A support record as the API returns it; {@code author} is the username of whoever logged it. */
public record SupportLogResponse(long id, Instant occurredAt, String unitCode, Long teamId, Long memberId,
                                 String categoryCode, Channel channel, int peopleCount, AgeBand ageBand, Gender gender,
                                 Integer durationMinutes, Outcome outcome, String note, String author,
                                 Instant createdAt, long version) {

    static SupportLogResponse of(SupportLog log) {
        var facts = log.facts();
        return new SupportLogResponse(log.id(), facts.occurredAt(), facts.unitCode(), facts.teamId(), facts.memberId(),
                facts.categoryCode(), facts.channel(), facts.peopleCount(), facts.ageBand(), facts.gender(),
                facts.durationMinutes(), facts.outcome(), facts.note(), log.authorUsername(), log.createdAt(),
                log.version());
    }
}
