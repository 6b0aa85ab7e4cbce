package vn.sohoa.platform.categories.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A kind of citizen support. It has no {@code @TenantId}: the province-wide catalogue has no tenant,
 * and Hibernate's discriminator would hide it. Row-level security still lets a tenant read only the
 * catalogue and its own rows, and write only its own.
 */
@Entity
@Table(name = "support_category")
public class SupportCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The tenant that added the category; null for the province-wide catalogue. */
    @Column(name = "tenant_id")
    private String tenantCode;

    private String code;

    @Column(name = "label_vi")
    private String labelVi;

    @Column(name = "label_en")
    private String labelEn;

    private boolean active;

    @Version
    private long version;

    protected SupportCategory() {
    }

    public SupportCategory(String tenantCode, String code, String labelVi, String labelEn) {
        this.tenantCode = tenantCode;
        this.code = code;
        this.labelVi = labelVi;
        this.labelEn = labelEn;
        this.active = true;
    }

    /** Relabels the category, or retires it ({@code active = false}) so it is no longer offered. */
    public void change(String labelVi, String labelEn, boolean active) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
        this.active = active;
    }

    public boolean inCatalogue() {
        return tenantCode == null;
    }

    public String code() {
        return code;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The label in the language of {@code locale}: English for English, Vietnamese for any other. */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelVi;
    }

    /**
     * The labels of {@code categories} by code; where a tenant's own category shares a catalogue code, the later one
     * in the list (the tenant's own, as {@code SupportCategoryService.list} orders them) names it.
     */
    public static Map<String, String> labelsByCode(List<SupportCategory> categories, Locale locale) {
        return categories.stream().collect(Collectors.toMap(SupportCategory::code, category -> category.label(locale),
                (catalogue, own) -> own));
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
