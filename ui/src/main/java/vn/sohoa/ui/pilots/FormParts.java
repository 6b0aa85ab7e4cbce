package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import vn.sohoa.ui.form.RequestRules;

/** The pieces the pilots' forms share: a text field limited by its request's {@code @Size}, an enum choice, a column. */
final class FormParts {

    private FormParts() {
    }

    /** A text field labelled {@code labelKey} whose length the request's constraint on {@code property} limits. */
    static TextField text(Component owner, String labelKey, RequestRules rules, String property) {
        TextField field = new TextField(owner.getTranslation(labelKey));
        field.setMaxLength(rules.maxLength(property));
        return field;
    }

    /** A choice of {@code values}, each shown by the translation of {@code valueKeyPrefix} and its name. */
    static <E extends Enum<E>> Select<E> choice(Component owner, String labelKey, List<E> values, String valueKeyPrefix) {
        Select<E> select = new Select<>();
        select.setLabel(owner.getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? "" : owner.getTranslation(valueKeyPrefix + value.name()));
        return select;
    }

    /** Marks {@code field} invalid unless the request's constraints on {@code property} accept {@code value}. */
    static boolean check(HasValue<?, ?> field, RequestRules rules, String property, Object value) {
        boolean valid = rules.accepts(property, value);
        ((com.vaadin.flow.component.HasValidation) field).setInvalid(!valid);
        return valid;
    }

    /** A column of form fields, each as wide as the form (a phone's screen included). */
    static VerticalLayout column(Component... fields) {
        VerticalLayout column = new VerticalLayout(fields);
        column.setPadding(false);
        column.setSpacing(false);
        column.getChildren().forEach(field -> field.getElement().getStyle().set("width", "100%"));
        return column;
    }

    /** Text without surrounding blanks, or null when there is none. */
    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
