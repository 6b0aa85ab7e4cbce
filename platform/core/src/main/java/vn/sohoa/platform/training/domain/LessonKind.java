package vn.sohoa.platform.training.domain;

/** What a lesson is: Markdown text, a video link, a PDF file, or a quiz. */
public enum LessonKind {
    TEXT, VIDEO, FILE, QUIZ
}
