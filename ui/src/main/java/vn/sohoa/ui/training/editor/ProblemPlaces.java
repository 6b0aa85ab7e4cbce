package vn.sohoa.ui.training.editor;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.sohoa.platform.training.domain.CourseContent;

/**
 * Where in the draft a problem the backend names lies, in words an author finds it by: the field
 * {@code sections[0].lessons[2].quiz.draw} becomes "Phần 1 «…» › Bài 3 «…»", {@code questions[1].options} the
 * question's number and text.
 */
final class ProblemPlaces {

    private static final Pattern LESSON = Pattern.compile("sections\\[(\\d+)]\\.lessons\\[(\\d+)].*");
    private static final Pattern SECTION = Pattern.compile("sections\\[(\\d+)].*");
    private static final Pattern QUESTION = Pattern.compile("questions\\[(\\d+)].*");

    private ProblemPlaces() {
    }

    static String of(String field, CourseContent content, BiFunction<String, Object[], String> translations) {
        Matcher lesson = LESSON.matcher(field);
        if (lesson.matches()) {
            int s = Integer.parseInt(lesson.group(1));
            int l = Integer.parseInt(lesson.group(2));
            return section(s, content, translations) + " › " + translations.apply("training.editor.place.lesson",
                    new Object[]{l + 1, title(content.sections(), s, l)});
        }
        Matcher section = SECTION.matcher(field);
        if (section.matches()) {
            return section(Integer.parseInt(section.group(1)), content, translations);
        }
        Matcher question = QUESTION.matcher(field);
        if (question.matches()) {
            int q = Integer.parseInt(question.group(1));
            List<CourseContent.Question> questions = content.questions();
            return translations.apply("training.editor.place.question",
                    new Object[]{q + 1, q < questions.size() ? questions.get(q).text() : ""});
        }
        return translations.apply("training.editor.place.course", new Object[]{field});
    }

    private static String section(int s, CourseContent content, BiFunction<String, Object[], String> translations) {
        return translations.apply("training.editor.place.section",
                new Object[]{s + 1, s < content.sections().size() ? content.sections().get(s).title() : ""});
    }

    private static String title(List<CourseContent.Section> sections, int s, int l) {
        return s < sections.size() && l < sections.get(s).lessons().size()
                ? sections.get(s).lessons().get(l).title() : "";
    }
}
