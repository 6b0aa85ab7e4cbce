package vn.sohoa.platform.support.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import vn.sohoa.platform.support.domain.AgeBand;
import vn.sohoa.platform.support.domain.Channel;
import vn.sohoa.platform.support.domain.Gender;
import vn.sohoa.platform.support.domain.Outcome;
import vn.sohoa.platform.support.domain.SupportFacts;
import vn.sohoa.platform.validation.Code;

/**
 * A support record as a client sends it, in a JSON body or as a line of an import file; its constraints are
 * the rules of both. {@code teamId}, {@code memberId}, {@code ageBand}, {@code gender}, {@code durationMinutes}
 * and {@code note} are optional; {@code version} is required when correcting.
 */
public record SupportLogRequest(
        @NotNull OffsetDateTime occurredAt,
        @Code String unitCode,
        @Positive Long teamId,
        @Positive Long memberId,
        @NotBlank @Size(max = 32) String categoryCode,
        @NotNull Channel channel,
        @NotNull @Min(1) @Max(500) Integer peopleCount,
        AgeBand ageBand,
        Gender gender,
        @Min(1) @Max(600) Integer durationMinutes,
        @NotNull Outcome outcome,
        @Size(max = 500) String note,
        Long version) {

    public SupportFacts facts() {
        String stripped = note == null || note.isBlank() ? null : note.strip();
        return new SupportFacts(occurredAt.toInstant(), unitCode, teamId, memberId, categoryCode, channel, peopleCount,
                ageBand, gender, durationMinutes, outcome, stripped);
    }
}
