package vn.sohoa.platform.training.api;

import jakarta.validation.constraints.NotNull;

/** The version of the course as the author last read it, so a withdrawal never acts on a course changed since. */
public record WithdrawalRequest(@NotNull Long version) {
}
