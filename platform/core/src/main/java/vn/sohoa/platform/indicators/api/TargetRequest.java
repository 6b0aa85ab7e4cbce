package vn.sohoa.platform.indicators.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** A target in the indicator's unit; {@code version} when changing one that exists. */
public record TargetRequest(@NotNull @PositiveOrZero @Digits(integer = 16, fraction = 4) BigDecimal value,
                            Long version) {}
