package vn.sohoa.admin.settings.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** How citizens and other units reach a tenant's office. */
public record Contact(
        @Pattern(regexp = "\\+?[0-9 .()-]{6,20}", message = "must be a phone number of 6 to 20 digits, spaces, dots, dashes or brackets")
        String phone,
        @Email @Size(max = 254) String email) {}
