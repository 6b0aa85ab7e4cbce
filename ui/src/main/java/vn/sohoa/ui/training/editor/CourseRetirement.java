package vn.sohoa.ui.training.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableRunnable;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * Taking a course out of use, after a confirmation: a draft never published is deleted (nobody learnt from it); a
 * published course is withdrawn, so nobody enrols any more while its learners keep their progress and
 * certificates. A withdrawn course says since when.
 */
class CourseRetirement extends VerticalLayout {

    private final EditedCourse course;

    CourseRetirement(EditedCourse course) {
        this.course = course;
        setPadding(false);
        course.onChange(this::show);
        show();
    }

    private void show() {
        removeAll();
        add(new H3(getTranslation("training.editor.retire")));
        if (course.detail().withdrawnAt() != null) {
            Paragraph withdrawn = new Paragraph(getTranslation("training.editor.withdrawn",
                    VietnamCalendar.DAY_TIME.format(course.detail().withdrawnAt())));
            withdrawn.setId("course-withdrawn");
            add(withdrawn);
            return;
        }
        boolean published = course.detail().publishedVersion() > 0;
        String action = published ? "withdraw" : "delete";
        add(new Paragraph(getTranslation("training.editor." + action + ".help")));
        Button button = new Button(getTranslation("training.editor." + action), click -> confirm(action,
                published ? course::withdraw : this::delete));
        button.setId("course-" + action);
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        button.setMinHeight("48px");
        add(button);
    }

    private void confirm(String action, SerializableRunnable done) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("training.editor." + action + ".title", course.content().title()));
        confirm.setText(getTranslation("training.editor." + action + ".help"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.setConfirmText(getTranslation("training.editor." + action));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            done.run();
            Notification.show(getTranslation("training.editor." + action + ".done"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        confirm.open();
    }

    private void delete() {
        course.delete();
        getUI().ifPresent(ui -> ui.navigate(TenantRoutes.pageOf(course.tenant().code(), EditorCoursesView.PATH)));
    }
}
