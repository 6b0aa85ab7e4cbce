package vn.sohoa.platform.indicators.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a form is returned or its approval taken back; the unit reads it on its form. */
public record DecisionRequest(@NotBlank @Size(max = 1000) String comment) {}
