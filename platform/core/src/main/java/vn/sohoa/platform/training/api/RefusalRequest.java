package vn.sohoa.platform.training.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a certificate from another platform is refused; the person who recorded it is told. */
public record RefusalRequest(@NotBlank @Size(max = 500) String reason) {
}
