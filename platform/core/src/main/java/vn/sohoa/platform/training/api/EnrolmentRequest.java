package vn.sohoa.platform.training.api;

import jakarta.validation.constraints.Size;

/** Whom to enrol: nobody named for oneself, else a member of the tenant by username. */
public record EnrolmentRequest(@Size(min = 1, max = 255) String username) {
}
