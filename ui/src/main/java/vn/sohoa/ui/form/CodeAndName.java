package vn.sohoa.ui.form;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import vn.sohoa.platform.validation.Code;

/**
 * The code and name fields of anything kept in a register (tenants, sub-units), bound to the
 * properties {@code code} and {@code name} and checked by the constraints of the API's request for it
 * ({@link RequestRules}): the UI calls the services directly, past the API's Bean Validation, so the
 * rules must hold here as well.
 */
public final class CodeAndName {

    private CodeAndName() {
    }

    /** An identifying code ({@code @Code} of the request's {@code code}); required. */
    public static TextField code(Binder<?> binder, RequestRules rules, String label) {
        TextField code = new TextField(label);
        code.setMaxLength(Code.MAX_LENGTH);
        binder.forField(code).asRequired(code.getTranslation("form.required"))
                .withValidator(rules.check("code", code.getTranslation("form.code.invalid")))
                .bind("code");
        return code;
    }

    /** A name: required, stripped, as long as the request's {@code name} allows. */
    public static TextField name(Binder<?> binder, RequestRules rules, String label) {
        TextField name = new TextField(label);
        String required = name.getTranslation("form.required");
        int max = rules.maxLength("name");
        binder.forField(name).asRequired(required).withConverter(String::strip, value -> value)
                .withValidator(value -> !value.isEmpty(), required)
                .withValidator(rules.check("name", name.getTranslation("form.name.too-long", max)))
                .bind("name");
        return name;
    }
}
