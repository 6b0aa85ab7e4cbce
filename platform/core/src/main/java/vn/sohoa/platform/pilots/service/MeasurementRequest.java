package vn.sohoa.platform.pilots.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import vn.sohoa.platform.pilots.domain.Period;

/**
 * The actual of one KPI for one period ({@code 2026-11} or {@code 2026-Q4}): {@code value} for a NUMBER or
 * YES_NO (1 or 0), {@code numerator} and {@code denominator} for a PERCENT, with an optional note. Recording a
 * period again corrects it.
 */
public record MeasurementRequest(@NotBlank @Size(max = 32) String kpiCode,
                                 @NotNull @Pattern(regexp = Period.PATTERN,
                                         message = "must be a month such as 2026-11 or a quarter such as 2026-Q4")
                                 String period,
                                 BigDecimal value,
                                 BigDecimal numerator,
                                 BigDecimal denominator,
                                 @Size(max = 1000) String note) {}
