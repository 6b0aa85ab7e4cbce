package vn.sohoa.platform.training.service;

import java.util.List;

/** An enrolment's course as the learner opens it: the outline of their version with what they completed. */
public record LearnerCourse(LearningItem progress, String summary, List<Section> sections) {

    /** A section and its lessons (their texts are fetched one by one). */
    public record Section(long id, String title, List<Lesson> lessons) {
    }

    /** A lesson of the outline. */
    public record Lesson(long id, String kind, String title, boolean required, Integer durationMinutes,
                         boolean completed) {
    }
}
