package vn.sohoa.ui.pilots;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * A grid cell of two lines: what the row is, and under it, smaller, its details. The pilots' lists put their
 * columns' texts in such cells, so that each list fits a phone's 360 px without scrolling sideways.
 */
final class TwoLines {

    private TwoLines() {
    }

    /** A renderer of {@code main} over {@code details}; each line is an element of its own. */
    static <T> LitRenderer<T> of(ValueProvider<T, String> main, ValueProvider<T, String> details) {
        return LitRenderer.<T>of("<div>${item.main}</div><div style=\"font-size: var(--lumo-font-size-s); "
                        + "color: var(--lumo-secondary-text-color)\">${item.details}</div>")
                .withProperty("main", main).withProperty("details", details);
    }
}
