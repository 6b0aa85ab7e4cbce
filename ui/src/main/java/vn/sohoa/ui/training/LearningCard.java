package vn.sohoa.ui.training;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouterLink;
import vn.sohoa.platform.training.service.LearningItem;

/**
 * One enrolment in "my learning": the course, where it is learned, its due day (flagged when overdue), progress
 * over the required lessons, and one button to continue where the learner left off.
 */
class LearningCard extends Composite<VerticalLayout> {

    LearningCard(LearningItem item) {
        VerticalLayout card = getContent();
        card.addClassName("learning-card");
        card.setPadding(true);
        card.setSpacing(false);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        H3 title = new H3(item.courseTitle());
        title.getStyle().set("margin", "0");
        card.add(title, new Span(getTranslation("training.learning.where", item.courseCode(), item.tenantCode())));
        if (item.completedOn() != null) {
            card.add(badge(getTranslation("training.learning.completed", Days.of(item.completedOn())), "success"));
        } else if (item.dueDate() != null) {
            card.add(badge(getTranslation(item.overdue() ? "training.learning.overdue" : "training.learning.due",
                    Days.of(item.dueDate())), item.overdue() ? "error" : "contrast"));
        }
        ProgressBar progress = new ProgressBar(0, 100, item.percent());
        card.add(progress, new Span(getTranslation("training.learning.progress", item.requiredDone(),
                item.requiredLessons(), item.percent())));
        Div actions = new Div();
        if (item.continueLessonId() != null) {
            Button resume = new Button(getTranslation(item.started() ? "training.learning.continue"
                    : "training.learning.start"), click -> click.getSource().getUI().ifPresent(ui ->
                    ui.navigate(LearnerPage.lesson(item.enrolmentId(), item.continueLessonId()))));
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            resume.setMinHeight("48px");
            actions.add(resume);
        }
        RouterLink outline = new RouterLink(getTranslation("training.learning.outline"), OutlineView.class,
                OutlineView.parameters(item.enrolmentId()));
        outline.getStyle().set("margin-left", "var(--lumo-space-m)");
        actions.add(outline);
        card.add(actions);
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }
}
