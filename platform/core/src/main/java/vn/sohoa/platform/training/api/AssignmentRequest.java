package vn.sohoa.platform.training.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import vn.sohoa.platform.tenancy.domain.Role;
import jakarta.validation.constraints.Pattern;
import vn.sohoa.platform.validation.Code;

/**
 * "Every {@code role} in the tenants under {@code under} completes course {@code courseId} by {@code dueDate}";
 * {@code under} defaults to the tenant of the route.
 */
public record AssignmentRequest(@NotNull Long courseId, @NotNull Role role, @Pattern(regexp = Code.PATTERN, message = "must be a tenant code") String under,
                                @NotNull LocalDate dueDate) {
}
