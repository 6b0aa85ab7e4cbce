package vn.sohoa.ui.training;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;
import vn.sohoa.platform.training.service.LearnerCourse;
import vn.sohoa.platform.training.service.LearningService;
import vn.sohoa.ui.layout.MainLayout;

/** One of the person's courses: its progress and the outline of the version they learn, each lesson a link. */
@Route(value = "learning/:" + LearnerPage.ENROLMENT, layout = MainLayout.class)
public class OutlineView extends LearnerPage implements HasDynamicTitle {

    private final LearningService learning;
    private String title = "";

    @Inject
    public OutlineView(Learner learner, LearningService learning) {
        super(learner);
        this.learning = learning;
    }

    static RouteParameters parameters(long enrolment) {
        return new RouteParameters(ENROLMENT, Long.toString(enrolment));
    }

    @Override
    protected void show(long enrolment, BeforeEnterEvent event) {
        LearnerCourse course = learning.course(enrolment, learner.subject());
        title = course.progress().courseTitle();
        add(new H2(title), new LearningCard(course.progress()));
        if (course.summary() != null) {
            add(new Paragraph(course.summary()));
        }
        course.sections().forEach(section -> {
            add(new H3(section.title()));
            section.lessons().forEach(lesson -> add(new LessonLink(enrolment, lesson)));
        });
    }

    @Override
    public String getPageTitle() {
        return title + " · Sohoa";
    }
}
