package vn.sohoa.platform.pilots.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The points given to one criterion. For a criterion scored from a KPI, leaving {@code points} out takes the
 * automatic points; other points need an {@code overrideReason}.
 */
public record ScoreRequest(@NotBlank @Size(max = 32) String criterionCode,
                           BigDecimal points,
                           @Size(max = 1000) String note,
                           @Size(max = 1000) String overrideReason) {}
