package vn.sohoa.admin.members.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The commune a person registers in as a LEARNER. */
public record RegistrationRequest(@NotBlank @Size(max = 32) String communeCode) {
}
