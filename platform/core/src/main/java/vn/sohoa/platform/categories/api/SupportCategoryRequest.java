package vn.sohoa.platform.categories.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A tenant's own support category as a client sends it. When adding, {@code code} is required and
 * {@code active} and {@code version} are ignored; when changing, {@code code} must be the one in the
 * URL and {@code version} is required.
 */
public record SupportCategoryRequest(
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}", message = "must be 1 to 32 capital letters, digits "
                + "or underscores, starting with a letter") String code,
        @NotBlank @Size(max = 200) String labelVi,
        @NotBlank @Size(max = 200) String labelEn,
        Boolean active,
        Long version) {
}
