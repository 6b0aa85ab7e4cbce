package vn.sohoa.ui.supportlog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.sohoa.platform.categories.domain.SupportCategory;

/** A support category's label in the page's language: the catalogue carries Vietnamese and English. */
public final class CategoryLabel {

    private CategoryLabel() {
    }

    public static String of(SupportCategory category, Locale locale) {
        return "en".equals(locale.getLanguage()) ? category.labelEn() : category.labelVi();
    }

    /**
     * The labels of {@code categories} by code; where a tenant's own category shares a catalogue code, the later one
     * in the list (the tenant's own, as {@code SupportCategoryService.list} orders them) names it.
     */
    public static Map<String, String> byCode(List<SupportCategory> categories, Locale locale) {
        return categories.stream().collect(Collectors.toMap(SupportCategory::code, category -> of(category, locale),
                (catalogue, own) -> own));
    }
}
