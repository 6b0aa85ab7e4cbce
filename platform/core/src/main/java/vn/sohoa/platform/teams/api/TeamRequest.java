package vn.sohoa.platform.teams.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.sohoa.platform.validation.Code;

/** A team as a client sends it; {@code version} is required when updating. */
public record TeamRequest(@NotBlank @Size(max = 200) String name, @Code String unitCode, Long version) {}
