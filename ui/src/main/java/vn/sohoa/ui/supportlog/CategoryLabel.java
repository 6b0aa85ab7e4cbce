package vn.sohoa.ui.supportlog;

import java.util.Locale;
import vn.sohoa.platform.categories.domain.SupportCategory;

/** A support category's label in the page's language: the catalogue carries Vietnamese and English. */
public final class CategoryLabel {

    private CategoryLabel() {
    }

    public static String of(SupportCategory category, Locale locale) {
        return "en".equals(locale.getLanguage()) ? category.labelEn() : category.labelVi();
    }
}
