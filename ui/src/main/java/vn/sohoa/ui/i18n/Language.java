package vn.sohoa.ui.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A language the UI speaks, named in itself so that a reader of the other language still finds theirs. */
public enum Language {
    VIETNAMESE(Locale.of("vi"), "Tiếng Việt"),
    ENGLISH(Locale.ENGLISH, "English");

    private final Locale locale;
    private final String ownName;

    Language(Locale locale, String ownName) {
        this.locale = locale;
        this.ownName = ownName;
    }

    public Locale locale() {
        return locale;
    }

    public String ownName() {
        return ownName;
    }

    /** The language of this locale; Vietnamese for any locale the UI does not speak. */
    public static Language of(Locale locale) {
        return Arrays.stream(values())
                .filter(language -> language.locale.getLanguage().equals(locale.getLanguage()))
                .findFirst().orElse(VIETNAMESE);
    }

    static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }
}
