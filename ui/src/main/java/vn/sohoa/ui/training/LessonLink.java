package vn.sohoa.ui.training;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import vn.sohoa.platform.training.service.LearnerCourse;

/** A lesson of the outline: done or not, its title, its kind and duration, and whether it is required. */
class LessonLink extends Composite<HorizontalLayout> {

    LessonLink(long enrolment, LearnerCourse.Lesson lesson) {
        HorizontalLayout row = getContent();
        row.addClassName("lesson-link");
        row.setWidthFull();
        row.setMinHeight("48px");
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        Icon done = (lesson.completed() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
        done.setColor(lesson.completed() ? "var(--lumo-success-color)" : "var(--lumo-contrast-50pct)");
        done.getElement().setAttribute("aria-label", getTranslation(lesson.completed()
                ? "training.lesson.done" : "training.lesson.not-done"));
        Anchor title = new Anchor(LearnerPage.lesson(enrolment, lesson.id()), lesson.title());
        Span facts = new Span(LessonFacts.of(lesson.kind(), lesson.durationMinutes(), lesson.required(),
                this::getTranslation));
        facts.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        row.add(done, title, facts);
    }
}
