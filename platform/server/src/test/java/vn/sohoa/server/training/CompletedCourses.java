package vn.sohoa.server.training;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.sohoa.platform.training.CourseCompleted;

/** Remembers every completed course the application announces, as an observer in another feature would. */
@Singleton
public class CompletedCourses {

    private final List<CourseCompleted> seen = new CopyOnWriteArrayList<>();

    void completed(@Observes CourseCompleted completed) {
        seen.add(completed);
    }

    /** The completions of this enrolment announced so far. */
    public List<CourseCompleted> of(long enrolmentId) {
        return seen.stream().filter(completed -> completed.enrolmentId() == enrolmentId).toList();
    }
}
