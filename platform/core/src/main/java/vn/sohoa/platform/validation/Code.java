package vn.sohoa.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An identifying code: 1 to 32 letters, digits, dots and hyphens (tenant and sub-unit codes). */
@NotNull
@Pattern(regexp = Code.PATTERN)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
    ElementType.TYPE_USE})
public @interface Code {

    /** The longest code. */
    int MAX_LENGTH = 32;

    String PATTERN = "[A-Za-z0-9.-]{1," + MAX_LENGTH + "}";

    String message() default "must be 1 to 32 letters, digits, dots or hyphens";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
