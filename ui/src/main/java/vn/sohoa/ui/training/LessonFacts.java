package vn.sohoa.ui.training;

import java.util.function.BiFunction;

/** What a lesson is before it is opened: "Video · 7 phút · tự chọn". */
final class LessonFacts {

    private LessonFacts() {
    }

    static String of(String kind, Integer minutes, boolean required,
                     BiFunction<String, Object[], String> translations) {
        String text = translations.apply("training.lesson.kind." + kind, new Object[0]);
        if (minutes != null) {
            text += " · " + translations.apply("training.lesson.minutes", new Object[]{minutes});
        }
        return text + " · " + translations.apply(required ? "training.lesson.required" : "training.lesson.optional",
                new Object[0]);
    }
}
