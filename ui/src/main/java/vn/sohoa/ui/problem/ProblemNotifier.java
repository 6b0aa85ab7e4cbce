package vn.sohoa.ui.problem;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.quarkus.annotation.VaadinServiceEnabled;
import com.vaadin.quarkus.annotation.VaadinServiceScoped;
import io.quarkus.arc.Unremovable;
import java.util.function.Function;
import vn.sohoa.platform.problem.Problem;
import vn.sohoa.platform.problem.Failures;

/**
 * Shows what went wrong in an event handler. Whatever {@link Failures} explains — a refusal of a service
 * ({@link vn.sohoa.platform.problem.ProblemException}: a stale version, a missing permission), a duplicate,
 * a value the database refused, a database that is restarting — is an answer meant for the person, so its
 * detail is shown, exactly as the API would answer it; anything else goes to Vaadin's default handling
 * (logged, or ignored when the browser has gone away) and is reported without details.
 *
 * <p>Handlers simply let problems through: the form that caused one stays open for correcting.
 */
@VaadinServiceEnabled
@VaadinServiceScoped
@Unremovable
public class ProblemNotifier extends DefaultErrorHandler {

    private static final int SHOWN_MILLIS = 8000;

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        Throwable thrown = event.getThrowable();
        boolean explained = Failures.problemOf(thrown).isPresent();
        if (!explained) {
            super.error(event);
        }
        if (ui == null || !explained && !shouldHandle(thrown)) {
            return;
        }
        Notification notification = new Notification(text(thrown, ui::getTranslation), SHOWN_MILLIS,
                Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }

    /**
     * What the person is told about {@code thrown}: the kind of problem in their language and its detail, or
     * that something unexpected went wrong.
     */
    public static String text(Throwable thrown, Function<String, String> translations) {
        return Failures.problemOf(thrown)
                .map(found -> translations.apply("problem." + kind(found)) + ": " + found.detail())
                .orElseGet(() -> translations.apply("error.unexpected"));
    }

    /** The last segment of the stable type URI, e.g. {@code stale-version}. */
    private static String kind(Problem problem) {
        return problem.type().substring(problem.type().lastIndexOf(':') + 1);
    }
}
