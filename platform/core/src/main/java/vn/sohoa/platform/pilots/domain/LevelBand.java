package vn.sohoa.platform.pilots.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A level of the total score (Mức 1, Mức 2, …): a total of at least {@code minPoints} reaches it. */
public record LevelBand(@NotBlank @Size(max = 100) String name, @NotNull @PositiveOrZero BigDecimal minPoints) {}
