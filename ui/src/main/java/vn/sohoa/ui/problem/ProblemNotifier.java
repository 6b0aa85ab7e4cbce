package vn.sohoa.ui.problem;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.quarkus.annotation.VaadinServiceEnabled;
import com.vaadin.quarkus.annotation.VaadinServiceScoped;
import io.quarkus.arc.Unremovable;
import java.util.Optional;
import vn.sohoa.platform.problem.Problem;
import vn.sohoa.platform.problem.ProblemException;

/**
 * Shows what went wrong in an event handler. A {@link ProblemException} (a duplicate code, a stale
 * version, a missing permission) is an answer meant for the person, so its detail is shown; anything
 * else goes to Vaadin's default handling (logged, or ignored when the browser has gone away) and is
 * reported without details.
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
        Optional<Problem> problem = problemOf(event.getThrowable());
        if (problem.isEmpty()) {
            super.error(event);
        }
        if (ui == null || problem.isEmpty() && !shouldHandle(event.getThrowable())) {
            return;
        }
        String text = problem.map(found -> ui.getTranslation("problem." + kind(found)) + ": " + found.detail())
                .orElseGet(() -> ui.getTranslation("error.unexpected"));
        Notification notification = new Notification(text, SHOWN_MILLIS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }

    private static Optional<Problem> problemOf(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return Optional.of(problem.problem());
            }
        }
        return Optional.empty();
    }

    /** The last segment of the stable type URI, e.g. {@code stale-version}. */
    private static String kind(Problem problem) {
        return problem.type().substring(problem.type().lastIndexOf(':') + 1);
    }
}
