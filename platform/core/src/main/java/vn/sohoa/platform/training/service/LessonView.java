package vn.sohoa.platform.training.service;

import vn.sohoa.platform.training.domain.LessonKind;

/**
 * A lesson as the player shows it: text as safe HTML; a video's link and duration; a file's id, name and size, so
 * the page can show the size or duration before loading.
 *
 * @param fileName  the PDF's name, for a file lesson
 * @param fileBytes the PDF's size in bytes, for a file lesson
 * @param completed whether the learner has completed it
 */
public record LessonView(long id, LessonKind kind, String title, boolean required, String html, String url,
                         Integer durationMinutes, Long fileId, String fileName, Long fileBytes, Quiz quiz,
                         boolean completed) {

    /** A quiz lesson's rules, as the learner sees them before starting. */
    public record Quiz(int questions, int passPercent, int attempts, Integer timeLimitMinutes) {
    }
}
