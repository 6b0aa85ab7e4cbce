package vn.sohoa.platform.categories.api;

import vn.sohoa.platform.categories.domain.SupportCategory;

/** A support category as the API returns it; {@code own} is false for the province catalogue. */
public record SupportCategoryResponse(String code, String labelVi, String labelEn, boolean active, boolean own,
                                      long version) {

    static SupportCategoryResponse of(SupportCategory category) {
        return new SupportCategoryResponse(category.code(), category.labelVi(), category.labelEn(),
                category.active(), !category.inCatalogue(), category.version());
    }
}
