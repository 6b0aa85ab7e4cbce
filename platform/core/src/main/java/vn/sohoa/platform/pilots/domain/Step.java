package vn.sohoa.platform.pilots.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** One threshold of a STEPS criterion: reaching {@code threshold} on the KPI gives {@code points}. */
public record Step(@NotNull BigDecimal threshold, @NotNull @PositiveOrZero BigDecimal points) {}
