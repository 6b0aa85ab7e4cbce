package vn.sohoa.platform.indicators.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import vn.sohoa.platform.indicators.domain.EnteredValue;
import vn.sohoa.platform.validation.Code;

/**
 * Values saved into a form: for each indicator {@code value}, or {@code numerator} and {@code denominator}, or
 * {@code yes}; an automatic value replaced needs {@code overrideReason}. {@code version} is the form's, once
 * it is stored.
 */
public record ReportRequest(@NotNull @Size(max = 500) List<@Valid @NotNull Value> values, Long version) {

    /** One indicator's value. */
    public record Value(@Code String indicatorCode, @Digits(integer = 16, fraction = 4) BigDecimal value,
                        @Digits(integer = 16, fraction = 4) BigDecimal numerator,
                        @Digits(integer = 16, fraction = 4) BigDecimal denominator, Boolean yes,
                        @Size(max = 500) String overrideReason) {

        EnteredValue entered() {
            return new EnteredValue(indicatorCode, value, numerator, denominator, yes, overrideReason);
        }
    }

    /** The values as the service takes them. */
    public List<EnteredValue> entered() {
        return values.stream().map(Value::entered).toList();
    }
}
