package vn.sohoa.ui.training.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.problem.Problem;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.problem.ProblemType;
import vn.sohoa.platform.training.domain.TrainingAccess;
import vn.sohoa.platform.training.service.AuthoredCourses;

/**
 * Publishing: where the draft stands against the published versions, the button that makes version N (a refusal
 * lists each problem where it lies in the draft), and the versions published so far. Learners keep the version
 * they started; editing the draft or publishing never changes their progress. Below, taking the course out of use
 * ({@link CourseRetirement}); a withdrawn course is published no more.
 */
class PublishPanel extends VerticalLayout {

    private final EditedCourse course;
    private final AuthoredCourses authored;
    private final Paragraph state = new Paragraph();
    private final Div problems = new Div();
    private final Button publish = new Button();
    private final Grid<AuthoredCourses.CourseVersionSummary> versions = new Grid<>();

    PublishPanel(EditedCourse course, AuthoredCourses authored) {
        this.course = course;
        this.authored = authored;
        setPadding(false);
        state.setId("course-state");
        problems.setId("publish-problems");
        publish.setId("course-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setMinHeight("48px");
        publish.addClickListener(click -> publish());
        versions.addColumn(version -> getTranslation("training.editor.version.number", version.number()))
                .setHeader(getTranslation("training.editor.version")).setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(AuthoredCourses.CourseVersionSummary::title).setHeader(getTranslation("training.editor.course-title"));
        versions.addColumn(version -> getTranslation("training.editor.version.content", version.lessons(), version.questions()))
                .setHeader(getTranslation("training.editor.version.size")).setAutoWidth(true);
        versions.addColumn(version -> VietnamCalendar.DAY_TIME.format(version.publishedAt()))
                .setHeader(getTranslation("training.editor.version.published-at")).setAutoWidth(true);
        versions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        versions.setAllRowsVisible(true);
        versions.setId("course-versions");
        add(state, new Paragraph(getTranslation("training.editor.learners-keep")), problems, publish,
                new H3(getTranslation("training.editor.versions")), versions, new CourseRetirement(course));
        course.onChange(this::show);
        show();
    }

    private void show() {
        course.tenant().enter(TrainingAccess.AUTHOR);
        int published = course.detail().publishedVersion();
        boolean upToDate = published > 0 && authored.draftPublished(course.id());
        state.setText(published == 0 ? getTranslation("training.editor.state.never")
                : upToDate ? getTranslation("training.editor.state.published", published)
                : getTranslation("training.editor.state.changed", published));
        publish.setText(getTranslation("training.editor.publish", published + 1));
        publish.setEnabled(!upToDate && course.detail().withdrawnAt() == null);
        versions.setItems(authored.versions(course.id()));
    }

    private void publish() {
        problems.removeAll();
        try {
            int number = course.publish();
            Notification.show(getTranslation("training.editor.published", number))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ProblemException refused) {
            Problem problem = refused.problem();
            if (!problem.type().equals(ProblemType.VALIDATION.uri()) || problem.errors() == null
                    || problem.errors().isEmpty()) {
                throw refused;
            }
            UnorderedList list = new UnorderedList();
            problem.errors().forEach(error -> list.add(new ListItem(ProblemPlaces.of(error.field(), course.content(),
                    this::getTranslation) + ": " + error.message())));
            problems.add(new Paragraph(getTranslation("training.editor.publish.refused")), list);
            problems.getStyle().set("color", "var(--lumo-error-text-color)");
        }
    }
}
