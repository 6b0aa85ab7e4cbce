package vn.sohoa.platform.certificates.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a certificate is withdrawn; the reason is kept with it (not shown on the public verification). */
public record RevocationRequest(@NotBlank @Size(max = 500) String reason) {
}
