package vn.sohoa.ui.training.editor;

import java.util.ArrayList;
import java.util.List;
import vn.sohoa.platform.training.domain.CourseContent;

/**
 * Changes to a course document, which is immutable: each gives the document (or list) with one change made.
 * Items keep their ids, so a lesson moved or renamed keeps its learners' progress.
 */
final class Drafts {

    private Drafts() {
    }

    /** A text as a field shows it: nothing written yet is empty, not null (which a text field refuses). */
    static String text(String value) {
        return value == null ? "" : value;
    }

    /** The document with these sections. */
    static CourseContent withSections(CourseContent content, List<CourseContent.Section> sections) {
        return new CourseContent(content.code(), content.title(), content.summary(), content.language(),
                content.estimatedHours(), content.audiences(), content.skillCodes(), content.sharing(),
                content.sharedKinds(), sections, content.questions(), null);
    }

    /** The document with this question bank. */
    static CourseContent withQuestions(CourseContent content, List<CourseContent.Question> questions) {
        return new CourseContent(content.code(), content.title(), content.summary(), content.language(),
                content.estimatedHours(), content.audiences(), content.skillCodes(), content.sharing(),
                content.sharedKinds(), content.sections(), questions, null);
    }

    /** The settings of {@code settings} with the content (sections and bank) of {@code content}. */
    static CourseContent withContentOf(CourseContent settings, CourseContent content) {
        return new CourseContent(settings.code(), settings.title(), settings.summary(), settings.language(),
                settings.estimatedHours(), settings.audiences(), settings.skillCodes(), settings.sharing(),
                settings.sharedKinds(), content.sections(), content.questions(), null);
    }

    /** The document as a PUT sends it: with the course's version it was read at. */
    static CourseContent atVersion(CourseContent content, long version) {
        return new CourseContent(content.code(), content.title(), content.summary(), content.language(),
                content.estimatedHours(), content.audiences(), content.skillCodes(), content.sharing(),
                content.sharedKinds(), content.sections(), content.questions(), version);
    }

    /** The section with these lessons. */
    static CourseContent.Section withLessons(CourseContent.Section section, List<CourseContent.Lesson> lessons) {
        return new CourseContent.Section(section.id(), section.title(), lessons);
    }

    /** The list with the item at {@code index} replaced; an index past the end adds it. */
    static <T> List<T> replaced(List<T> items, int index, T item) {
        List<T> changed = new ArrayList<>(items);
        if (index >= changed.size()) {
            changed.add(item);
        } else {
            changed.set(index, item);
        }
        return changed;
    }

    /** The list without the item at {@code index}. */
    static <T> List<T> removed(List<T> items, int index) {
        List<T> changed = new ArrayList<>(items);
        changed.remove(index);
        return changed;
    }

    /** The list with the item at {@code index} swapped with its neighbour {@code step} (-1 up, +1 down) away. */
    static <T> List<T> moved(List<T> items, int index, int step) {
        List<T> changed = new ArrayList<>(items);
        int other = index + step;
        if (other >= 0 && other < changed.size()) {
            changed.set(index, items.get(other));
            changed.set(other, items.get(index));
        }
        return changed;
    }
}
