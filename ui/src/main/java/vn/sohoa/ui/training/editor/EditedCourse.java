package vn.sohoa.ui.training.editor;

import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.sohoa.platform.training.domain.Course;
import vn.sohoa.platform.training.domain.CourseContent;
import vn.sohoa.platform.training.domain.TrainingAccess;
import vn.sohoa.platform.training.service.CourseDetail;
import vn.sohoa.platform.training.service.CourseService;
import vn.sohoa.ui.tenancy.RoutedTenant;

/**
 * The course an editor page works on, as last read or saved. Each change is saved at once as the whole draft with
 * the version it was made from, so an edit made meanwhile in another tab or by a colleague is a refused stale
 * version, never overwritten; the panels are told to show the draft again after every save.
 */
final class EditedCourse implements Serializable {

    private final RoutedTenant tenant;
    private final CourseService courses;
    private final List<SerializableRunnable> listeners = new ArrayList<>();
    private CourseDetail detail;

    EditedCourse(RoutedTenant tenant, CourseService courses, CourseDetail detail) {
        this.tenant = tenant;
        this.courses = courses;
        this.detail = detail;
    }

    RoutedTenant tenant() {
        return tenant;
    }

    long id() {
        return detail.id();
    }

    CourseDetail detail() {
        return detail;
    }

    CourseContent content() {
        return detail.content();
    }

    /** Runs {@code listener} after every save and publication. */
    void onChange(SerializableRunnable listener) {
        listeners.add(listener);
    }

    /** Saves the draft with {@code edit} made to it; a refusal leaves the draft shown as it was. */
    void change(UnaryOperator<CourseContent> edit) {
        tenant.enter(TrainingAccess.AUTHOR);
        Course saved = courses.replaceDraft(id(), Drafts.atVersion(edit.apply(content()), detail.version()),
                detail.version());
        detail = CourseDetail.draftOf(saved);
        listeners.forEach(SerializableRunnable::run);
    }

    /** Deletes the course, never published, with its files. */
    void delete() {
        tenant.enter(TrainingAccess.AUTHOR);
        courses.delete(id());
    }

    /** Withdraws the published course: nobody enrols any more; what its learners did stays. */
    void withdraw() {
        tenant.enter(TrainingAccess.AUTHOR);
        detail = CourseDetail.draftOf(courses.withdraw(id(), detail.version()));
        listeners.forEach(SerializableRunnable::run);
    }

    /** Publishes the draft as the next version and returns its number. */
    int publish() {
        tenant.enter(TrainingAccess.AUTHOR);
        int number = courses.publish(id());
        detail = courses.find(id(), true, null).orElseThrow();
        listeners.forEach(SerializableRunnable::run);
        return number;
    }
}
