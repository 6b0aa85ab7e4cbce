package vn.sohoa.ui.training;

import vn.sohoa.platform.training.domain.Audience;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** Whom a course is for, in words: "Cán bộ, công chức · Tổ công nghệ số cộng đồng". */
final class Audiences {

    private Audiences() {
    }

    static String of(List<Audience> audiences, BiFunction<String, Object[], String> translations) {
        return audiences.stream().map(audience -> translations.apply("training.audience." + audience.name(),
                new Object[0])).collect(Collectors.joining(" · "));
    }
}
