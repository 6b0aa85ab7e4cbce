package vn.sohoa.ui.training;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import vn.sohoa.platform.http.PathIds;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.problem.ProblemType;

/**
 * A page of one of the person's enrolments, routed at {@code learning/{enrolment}/…}. It enters the enrolment's
 * tenant each time it is entered and builds itself again; an enrolment that is not the person's, a lesson not in
 * their version and an address that is no number all end on the one not-found page.
 */
abstract class LearnerPage extends VerticalLayout implements BeforeEnterObserver {

    static final String ENROLMENT = "enrolment";

    protected final Learner learner;

    protected LearnerPage(Learner learner) {
        this.learner = learner;
        addClassName("learner-page");
        setMaxWidth("720px");
        setPadding(true);
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        try {
            long enrolment = learner.enter(id(event, ENROLMENT));
            removeAll();
            show(enrolment, event);
        } catch (ProblemException problem) {
            if (problem.problem().status() != ProblemType.NOT_FOUND.status()) {
                throw problem;
            }
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Builds the page for the enrolment, whose tenant is entered. */
    protected abstract void show(long enrolment, BeforeEnterEvent event);

    /** A numeric route parameter; anything else is not found. */
    static long id(BeforeEnterEvent event, String parameter) {
        return PathIds.parse(event.getRouteParameters().get(parameter).orElse(null), parameter);
    }

    /** The address of the enrolment's outline. */
    static String outline(long enrolment) {
        return "learning/" + enrolment;
    }

    /** The address of a lesson of the enrolment. */
    static String lesson(long enrolment, long lesson) {
        return "learning/" + enrolment + "/lessons/" + lesson;
    }
}
