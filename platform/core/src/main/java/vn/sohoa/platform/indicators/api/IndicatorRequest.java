package vn.sohoa.platform.indicators.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import vn.sohoa.platform.indicators.domain.Direction;
import vn.sohoa.platform.indicators.domain.DtiPillar;
import vn.sohoa.platform.indicators.domain.IndicatorDraft;
import vn.sohoa.platform.indicators.domain.IndicatorKind;
import vn.sohoa.platform.indicators.domain.IndicatorSource;
import vn.sohoa.platform.indicators.domain.PeriodAggregation;
import vn.sohoa.platform.indicators.domain.TenantAggregation;
import vn.sohoa.platform.validation.Code;

/**
 * An indicator as a client sends it; {@code version} is required when updating, and the code of the address
 * wins over the body's there.
 */
public record IndicatorRequest(@Code String code, @NotBlank @Size(max = 300) String name,
                               @NotBlank @Size(max = 50) String unit, @NotNull IndicatorKind kind,
                               @NotNull TenantAggregation acrossTenants, @NotNull PeriodAggregation acrossPeriods,
                               @NotNull Direction direction, @Valid Dti dti, IndicatorSource source,
                               @Pattern(regexp = "[A-Za-z0-9_.-]{1,32}", message = "must be a support category code")
                               String sourceCategory, Long version) {

    /** Where the indicator counts in the DTI: a pillar, the sub-indicator's name and its points. */
    public record Dti(@NotNull DtiPillar pillar, @Size(max = 300) String subIndicator,
                      @NotNull @Positive @DecimalMax("1000") BigDecimal points) {}

    /** The definition it sends. */
    public IndicatorDraft draft() {
        return new IndicatorDraft(code, name.strip(), unit.strip(), kind, acrossTenants, acrossPeriods, direction,
                dti == null ? null : dti.pillar(), dti == null ? null : dti.subIndicator(),
                dti == null ? null : dti.points(), source, sourceCategory);
    }
}
