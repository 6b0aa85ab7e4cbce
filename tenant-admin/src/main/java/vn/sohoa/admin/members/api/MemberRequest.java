package vn.sohoa.admin.members.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import vn.sohoa.admin.members.service.Invitation;
import vn.sohoa.platform.problem.Problem;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.problem.ProblemType;
import vn.sohoa.platform.tenancy.domain.Role;

/**
 * Links a person of the identity provider to the tenant with a role. A person the identity provider
 * does not know yet is invited (an account is created) when {@code email} and {@code fullName} are given.
 */
public record MemberRequest(
        @NotBlank @Size(max = 255)
        @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "may hold only letters, digits, dots, dashes, underscores and @")
        String username,
        @NotNull Role role,
        @Email @Size(max = 254) String email,
        @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String fullName) {

    String name() {
        return username.strip();
    }

    /** The invitation for a person new to the identity provider; 422 naming what is missing to invite them. */
    Invitation invitation() {
        if (email != null && fullName != null) {
            return new Invitation(name(), email, fullName.strip());
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        errors.add(new Problem.FieldError("username", "is not a known user"));
        if (email == null) {
            errors.add(new Problem.FieldError("email", "is needed to invite a new user"));
        }
        if (fullName == null) {
            errors.add(new Problem.FieldError("fullName", "is needed to invite a new user"));
        }
        throw new ProblemException(ProblemType.UNPROCESSABLE, "There is no user " + name()
                + " at the identity provider; give their email and fullName to invite them.", errors);
    }
}
