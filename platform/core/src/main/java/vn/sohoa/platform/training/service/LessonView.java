package vn.sohoa.platform.training.service;

import vn.sohoa.platform.training.domain.LessonKind;

/**
 * A lesson as the player shows it: text as safe HTML; a video's link and duration and a file's id, so the page
 * can show the size or duration before loading.
 *
 * @param completed whether the learner has completed it
 */
public record LessonView(long id, LessonKind kind, String title, boolean required, String html, String url,
                         Integer durationMinutes, Long fileId, Quiz quiz, boolean completed) {

    /** A quiz lesson's rules, as the learner sees them before starting. */
    public record Quiz(int questions, int passPercent, int attempts, Integer timeLimitMinutes) {
    }
}
