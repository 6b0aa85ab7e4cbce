package vn.sohoa.platform.support.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a support record is deleted; kept with the record. */
public record DeletionRequest(@NotBlank @Size(max = 500) String reason) {}
