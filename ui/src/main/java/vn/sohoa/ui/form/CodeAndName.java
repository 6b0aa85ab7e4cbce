package vn.sohoa.ui.form;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import vn.sohoa.platform.validation.Code;

/**
 * The code and name fields of anything kept in a register (tenants, sub-units), bound to the
 * properties {@code code} and {@code name} with the API's rules: the UI calls the services directly,
 * past the API's Bean Validation, so the rules must hold here as well.
 */
public final class CodeAndName {

    private static final int MAX_NAME = 200;

    private CodeAndName() {
    }

    /** 1 to 32 letters, digits, dots or hyphens; required. */
    public static TextField code(Binder<?> binder, String label) {
        TextField code = new TextField(label);
        code.setMaxLength(32);
        binder.forField(code).asRequired(code.getTranslation("form.required"))
                .withValidator(new RegexpValidator(code.getTranslation("form.code.invalid"), Code.PATTERN))
                .bind("code");
        return code;
    }

    /** Required, stripped, at most 200 characters. */
    public static TextField name(Binder<?> binder, String label) {
        TextField name = new TextField(label);
        String required = name.getTranslation("form.required");
        binder.forField(name).asRequired(required).withConverter(String::strip, value -> value)
                .withValidator(value -> !value.isEmpty(), required)
                .withValidator(value -> value.length() <= MAX_NAME, name.getTranslation("form.name.too-long", MAX_NAME))
                .bind("name");
        return name;
    }
}
