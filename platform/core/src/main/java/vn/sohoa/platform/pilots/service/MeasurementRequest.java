package vn.sohoa.platform.pilots.service;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import vn.sohoa.platform.pilots.domain.Period;

/**
 * The actual of one KPI for one period ({@code 2026-11} or {@code 2026-Q4}): {@code value} for a NUMBER or
 * YES_NO (1 or 0), {@code numerator} and {@code denominator} for a PERCENT, with an optional note. Recording a
 * period again corrects it. Figures have at most 14 digits before the decimal point and 4 after, as they are kept.
 */
public record MeasurementRequest(@NotBlank @Size(max = 32) String kpiCode,
                                 @NotNull @Pattern(regexp = Period.PATTERN,
                                         message = "must be a month such as 2026-11 or a quarter such as 2026-Q4")
                                 String period,
                                 @Digits(integer = 14, fraction = 4) BigDecimal value,
                                 @Digits(integer = 14, fraction = 4) BigDecimal numerator,
                                 @Digits(integer = 14, fraction = 4) BigDecimal denominator,
                                 @Size(max = 1000) String note) {}
