package vn.sohoa.ui.supportlog;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A choice of one item as one big button per item: one tap picks it, which suits a thumb better than a
 * drop-down or small radio buttons. The picked button is filled and pressed ({@code aria-pressed});
 * the buttons wrap into as many columns as fit, two on a 360-pixel phone.
 */
class ChoiceButtons<T> extends CustomField<T> {

    /** Touch targets of at least 48 CSS pixels, as the platforms' guidelines ask for a finger. */
    private static final String TOUCH_HEIGHT = "48px";

    private final Map<T, Button> buttons = new LinkedHashMap<>();
    private T picked;

    ChoiceButtons(String label, List<T> items, ItemLabelGenerator<T> itemLabel) {
        setLabel(label);
        Div grid = new Div();
        grid.setWidthFull();
        grid.getStyle().set("display", "grid").set("gap", "var(--lumo-space-s)")
                .set("grid-template-columns", "repeat(auto-fill, minmax(9.5em, 1fr))");
        for (T item : items) {
            // A label of its own may wrap to two lines, where the button's text would be cut off.
            Span text = new Span(itemLabel.apply(item));
            text.getStyle().set("white-space", "normal").set("line-height", "1.25");
            Button button = new Button();
            button.getElement().appendChild(text.getElement());
            button.addClickListener(click -> pick(item));
            button.getStyle().set("min-height", TOUCH_HEIGHT).set("height", "auto").set("margin", "0")
                    .set("padding-block", "var(--lumo-space-xs)");
            buttons.put(item, button);
            grid.add(button);
        }
        add(grid);
        setWidthFull();
    }

    private void pick(T item) {
        setPresentationValue(item);
        updateValue();
    }

    @Override
    protected T generateModelValue() {
        return picked;
    }

    @Override
    protected void setPresentationValue(T item) {
        picked = buttons.containsKey(item) ? item : null;
        buttons.forEach((each, button) -> {
            boolean on = each.equals(picked);
            button.getElement().setAttribute("aria-pressed", String.valueOf(on));
            if (on) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
    }
}
