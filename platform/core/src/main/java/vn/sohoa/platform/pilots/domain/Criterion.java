package vn.sohoa.platform.pilots.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A criterion of a scoring rubric, as Vietnamese scoring sheets write one: its maximum points, how it is
 * scored (from {@code kpiCode} unless MANUAL; STEPS with its thresholds), the evidence required (tài liệu
 * kiểm chứng) and the unit that verifies it.
 */
public record Criterion(@NotNull @Pattern(regexp = PilotDesign.CODE, message = PilotDesign.CODE_MESSAGE) String code,
                        @NotBlank @Size(max = 300) String name,
                        @NotNull @Positive BigDecimal maxPoints,
                        @NotNull ScoringMethod method,
                        @Size(max = 32) String kpiCode,
                        @Valid List<@NotNull Step> steps,
                        @Size(max = 500) String evidenceRequired,
                        @Size(max = 200) String verifyingUnit) {

    public Criterion {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
