package vn.sohoa.ui.monitoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.time.Duration;
import java.util.Map;

/**
 * Full screen as the wall of the operations centre (IOC): the page fills the screen without the menu, the
 * downloads give way, the type grows to be read from across the room, and the figures refresh themselves every
 * {@code refresh} (with their "as of" time) until full screen ends, so a screen left on all day shows the day's
 * work. The browser says when full screen begins and ends, also when the person leaves it with Escape.
 */
final class WallMode implements Serializable {

    /** Whether the page is the one shown full screen, evaluated in the browser on each change. */
    private static final String ON = "document.fullscreenElement === element";

    /** Lumo's type scale, a quarter larger. */
    private static final Map<String, String> LARGER_TYPE = Map.of("--lumo-font-size-xxs", "0.9375rem",
            "--lumo-font-size-xs", "1rem", "--lumo-font-size-s", "1.09375rem", "--lumo-font-size-m", "1.25rem",
            "--lumo-font-size-l", "1.40625rem", "--lumo-font-size-xl", "1.71875rem", "--lumo-font-size-xxl", "2.1875rem",
            "--lumo-font-size-xxxl", "3.125rem");

    private final Component page;
    private final Duration refresh;
    private final SerializableRunnable reload;
    private Component hidden;
    private boolean on;
    private Registration polling;

    WallMode(Component page, Duration refresh, SerializableRunnable reload) {
        this.page = page;
        this.refresh = refresh;
        this.reload = reload;
        page.getElement().addEventListener("fullscreenchange",
                event -> turn(event.getEventData().get(ON).asBoolean())).addEventData(ON);
        page.addDetachListener(detached -> stopRefreshing(detached.getUI()));
    }

    /**
     * The button that puts the page full screen. Full screen is asked in the browser's own click handler: a browser
     * grants it only during the person's gesture, which a round trip to the server may outlast.
     */
    Button button() {
        Button fullScreen = new Button(page.getTranslation("monitoring.full-screen"), VaadinIcon.EXPAND_SQUARE.create());
        fullScreen.setId("full-screen");
        fullScreen.getElement().executeJs("this.addEventListener('click', () => $0.requestFullscreen && "
                + "$0.requestFullscreen())", page.getElement());
        fullScreen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return fullScreen;
    }

    /**
     * Hides {@code component} while full screen (the latest one given): also one given while the page is full screen,
     * as when the person opens a child's dashboard on the wall.
     */
    void hideWhileOn(Component component) {
        hidden = component;
        hidden.setVisible(!on);
    }

    private void turn(boolean on) {
        this.on = on;
        if (hidden != null) {
            hidden.setVisible(!on);
        }
        LARGER_TYPE.forEach((property, size) -> page.getElement().getStyle().set(property, on ? size : null));
        page.getElement().getStyle().set("font-size", on ? "var(--lumo-font-size-m)" : null);
        UI ui = UI.getCurrent();
        if (on && polling == null) {
            ui.setPollInterval(Math.toIntExact(refresh.toMillis()));
            polling = ui.addPollListener(poll -> reload.run());
        } else if (!on) {
            stopRefreshing(ui);
        }
    }

    private void stopRefreshing(UI ui) {
        if (polling != null) {
            ui.setPollInterval(-1);
            polling.remove();
            polling = null;
        }
    }
}
