package vn.sohoa.ui.indicators;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.sohoa.platform.calendar.VietnamCalendar;

/**
 * The line under a form's state that says whether what was typed is stored: saved at a time of day, or not saved
 * and why (a figure to correct, a reason still missing, someone else's change). A phone that loses its connection
 * keeps the last "saved at", so the person knows what reached the server.
 */
class AutosaveStatus extends Span {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(VietnamCalendar.ZONE);

    AutosaveStatus() {
        setId("report-autosave");
        getStyle().set("font-size", "var(--lumo-font-size-s)").set("display", "block");
        getElement().setAttribute("aria-live", "polite");
        show("indicators.autosave.ready", false);
    }

    /** The form was stored at {@code at}. */
    void saved(Instant at) {
        show("indicators.autosave.saved-at", false, TIME.format(at));
    }

    /** A figure could not be read or was refused; it is marked under its indicator. */
    void refused() {
        show("indicators.autosave.refused", true);
    }

    /** An automatic value was replaced and the reason is still empty: nothing is sent until it is given. */
    void awaitingReason() {
        show("indicators.autosave.awaiting-reason", true);
    }

    /** A percentage has one of its two figures only: nothing is sent until both are there. */
    void halfTyped() {
        show("indicators.autosave.half-typed", true);
    }

    /** Someone else changed the form meanwhile: nothing more is saved until their version is loaded. */
    void conflict() {
        show("indicators.autosave.conflict", true);
    }

    private void show(String key, boolean problem, Object... parameters) {
        setText(getTranslation(key, parameters));
        getElement().setAttribute("data-state", problem ? "unsaved" : "saved");
        getStyle().set("color", problem ? "var(--lumo-error-text-color)" : "var(--lumo-secondary-text-color)");
    }
}
