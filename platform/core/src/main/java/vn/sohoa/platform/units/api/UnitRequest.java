package vn.sohoa.platform.units.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.sohoa.platform.units.domain.UnitType;
import vn.sohoa.platform.units.service.UnitDraft;
import vn.sohoa.platform.validation.Code;

/** A sub-unit as a client sends it; {@code version} is required when updating. */
public record UnitRequest(
        @Code String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull UnitType type,
        @PositiveOrZero @Max(1_000_000) Integer households,
        @PositiveOrZero @Max(10_000_000) Integer population,
        Long version) {

    UnitDraft draft() {
        return new UnitDraft(code, name.strip(), type, households, population);
    }
}
