package vn.sohoa.ui.form;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Bean Validation constraints of a request type, for a form whose values the UI hands to a service
 * without going through the API: its fields take their limits from the request's annotations and check
 * values with the same constraints, so each rule is written once, on the request. The form keeps its own
 * translated messages.
 */
public final class RequestRules {

    private final Class<?> request;
    private final jakarta.validation.Validator validator = CDI.current().select(jakarta.validation.Validator.class).get();

    public RequestRules(Class<?> request) {
        this.request = request;
    }

    /** A form validator accepting exactly what the request's constraints on {@code property} accept. */
    public <V> Validator<V> check(String property, String message) {
        return (value, context) -> accepts(property, value) ? ValidationResult.ok() : ValidationResult.error(message);
    }

    /** Whether the request's constraints on {@code property} accept {@code value}. */
    public boolean accepts(String property, Object value) {
        return validator.validateValue(request, property, value).isEmpty();
    }

    /** The longest text {@code @Size} allows for {@code property}. */
    public int maxLength(String property) {
        return ((Number) attribute(property, Size.class, "max")).intValue();
    }

    /** The smallest number {@code @Min} (or {@code @PositiveOrZero}) allows for {@code property}. */
    public int min(String property) {
        if (has(property, PositiveOrZero.class)) {
            return 0;
        }
        return ((Number) attribute(property, Min.class, "value")).intValue();
    }

    /** The smallest number {@code @DecimalMin} allows for {@code property}. */
    public double decimalMin(String property) {
        return Double.parseDouble((String) attribute(property, DecimalMin.class, "value"));
    }

    /** The largest number {@code @DecimalMax} allows for {@code property}. */
    public double decimalMax(String property) {
        return Double.parseDouble((String) attribute(property, DecimalMax.class, "value"));
    }

    /** The largest number {@code @Max} allows for {@code property}. */
    public int max(String property) {
        return ((Number) attribute(property, Max.class, "value")).intValue();
    }

    private boolean has(String property, Class<? extends Annotation> type) {
        return constraints(property, type).findAny().isPresent();
    }

    private Object attribute(String property, Class<? extends Annotation> type, String name) {
        return constraints(property, type).findFirst()
                .map(descriptor -> descriptor.getAttributes().get(name))
                .orElseThrow(() -> new IllegalArgumentException(request.getSimpleName() + "." + property
                        + " has no @" + type.getSimpleName()));
    }

    private Stream<ConstraintDescriptor<?>> constraints(String property, Class<? extends Annotation> type) {
        var constraints = validator.getConstraintsForClass(request).getConstraintsForProperty(property);
        if (constraints == null) {
            throw new IllegalArgumentException(request.getSimpleName() + " has no constraint on " + property);
        }
        return withComposing(constraints.getConstraintDescriptors())
                .filter(descriptor -> type.isInstance(descriptor.getAnnotation()));
    }

    private static Stream<ConstraintDescriptor<?>> withComposing(Set<ConstraintDescriptor<?>> descriptors) {
        return descriptors.stream().flatMap(d -> Stream.concat(Stream.of(d), withComposing(d.getComposingConstraints())));
    }
}
