package vn.sohoa.ui.imports;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The import button of a wizard and the progress bar that runs while the import does, in the background;
 * the page polls for the result, so no push channel is needed. A refused import (or one refused because
 * the server is busy with others) reaches Vaadin's error handler like any other refused change.
 *
 * @param <T> what the import answers
 */
public class ImportRun<T> extends HorizontalLayout {

    private static final int POLL_MILLIS = 500;

    private final Button button = new Button();
    private final ProgressBar progress = new ProgressBar();

    /**
     * @param start starts the import (see {@link BackgroundImport}) when the button is clicked
     * @param done  shows the result, in the page
     */
    public ImportRun(Supplier<CompletableFuture<T>> start, Consumer<T> done) {
        button.setText(getTranslation("import.run"));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setEnabled(false);
        button.addClickListener(click -> run(start, done));
        progress.setIndeterminate(true);
        progress.setVisible(false);
        add(button, progress);
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWidthFull();
        expand(progress);
    }

    /** Whether the file checked last may be imported. */
    public void setReady(boolean ready) {
        button.setEnabled(ready);
    }

    private void run(Supplier<CompletableFuture<T>> start, Consumer<T> done) {
        UI ui = UI.getCurrent();
        // Started first: an import refused as busy leaves the button ready for another try.
        CompletableFuture<T> running = start.get();
        button.setEnabled(false);
        progress.setVisible(true);
        ui.setPollInterval(POLL_MILLIS);
        running.whenComplete((result, failure) -> ui.access(() -> {
            progress.setVisible(false);
            ui.setPollInterval(-1);
            if (failure != null) {
                throw failure instanceof RuntimeException problem ? problem : new IllegalStateException(failure);
            }
            done.accept(result);
        }));
    }
}
