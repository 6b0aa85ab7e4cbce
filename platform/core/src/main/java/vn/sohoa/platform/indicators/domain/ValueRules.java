package vn.sohoa.platform.indicators.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.sohoa.platform.problem.Problem;

/** The checks of an entered value against its indicator; each error names the indicator. */
public final class ValueRules {

    private ValueRules() {
    }

    /** What is wrong with {@code entered} for {@code indicator}; empty when it may be saved. */
    public static List<Problem.FieldError> check(Indicator indicator, EnteredValue entered) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String field = field(indicator.code());
        String name = indicator.code() + " (" + indicator.name() + ")";
        switch (indicator.kind()) {
            case NUMBER -> {
                if (entered.numerator() != null || entered.denominator() != null || entered.yes() != null) {
                    errors.add(new Problem.FieldError(field, name + " is a number: send value only"));
                } else if (negative(entered.value())) {
                    errors.add(new Problem.FieldError(field, name + " cannot be negative"));
                }
            }
            case PERCENT -> {
                if (entered.value() != null || entered.yes() != null) {
                    errors.add(new Problem.FieldError(field, name + " is a percentage: send numerator and denominator"));
                } else if ((entered.numerator() == null) != (entered.denominator() == null)) {
                    errors.add(new Problem.FieldError(field, name + " needs both numerator and denominator"));
                } else if (negative(entered.numerator()) || negative(entered.denominator())) {
                    errors.add(new Problem.FieldError(field, name + " cannot have a negative numerator or denominator"));
                } else if (entered.numerator() != null && entered.numerator().compareTo(entered.denominator()) > 0) {
                    errors.add(new Problem.FieldError(field, name + ": numerator " + entered.numerator().toPlainString()
                            + " is above denominator " + entered.denominator().toPlainString()));
                }
            }
            case YES_NO -> {
                if (entered.value() != null || entered.numerator() != null || entered.denominator() != null) {
                    errors.add(new Problem.FieldError(field, name + " is yes or no: send yes true or false"));
                }
            }
        }
        return errors;
    }

    /** The field an error about this indicator's value names. */
    public static String field(String indicatorCode) {
        return "values[" + indicatorCode + "]";
    }

    private static boolean negative(BigDecimal number) {
        return number != null && number.signum() < 0;
    }
}
